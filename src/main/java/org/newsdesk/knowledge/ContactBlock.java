package org.newsdesk.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a release gives as its contact, at its foot: the line under "Further information:", "For more information,
 * contact:", "Media contact:", "Press enquiries:" (or on the label's own line: "Contact: press@harbour.example"), the
 * telephone and address after the name left out.
 *
 * @param contact the first contact given ("Commander Liisa Kärnä, head of the maritime rescue sub-centre")
 * @param text    the block as the article writes it, label and all
 */
public record ContactBlock(String contact, String text) {

    /** The contact stands at the foot: in the last 1,200 characters, not in the reporting. */
    private static final int FOOT = 1_200;
    private static final Pattern LABEL = Pattern.compile("(?im)^[ \\t]*(?:further\\s+information|(?:for\\s+)?(?:further|more)"
            + "\\s+information(?:,?\\s+(?:please\\s+)?contact)?|(?:media|press|news)\\s+(?:contacts?|enquiries|inquiries|office)"
            + "|contacts?(?:\\s+for\\s+(?:the\\s+)?(?:media|press))?|enquiries|inquiries)[ \\t]*:[ \\t]*(?<rest>[^\\n]*)$");
    /** A telephone number or an address after the contact's name: "tel. +358 295 41 7000", "email: …". */
    private static final Pattern REACH = Pattern.compile("(?i),?\\s*(?:tel\\.?|telephone|phone|mob(?:ile)?\\.?|e-?mail|fax)"
            + "(?:\\s*:)?\\s.*$|,?\\s*\\+?\\d[\\d ()-]{6,}.*$");

    private static final Pattern TRAILING = Pattern.compile("[\\s|,;:–-]+$");

    /** The contact the body's foot gives, if it gives one. */
    public static Optional<ContactBlock> at(String body) {
        int foot = Math.max(0, body.length() - FOOT);
        Matcher label = LABEL.matcher(body).region(foot, body.length());
        if (!label.find()) {
            return Optional.empty();
        }
        String rest = label.group("rest").strip();
        int end = label.end();
        String first = rest;
        if (rest.isEmpty()) {
            // the contact is the line under the label, in the same paragraph
            int next = end + 1;
            int lineEnd = body.indexOf('\n', Math.min(next, body.length()));
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            first = next < body.length() ? body.substring(next, lineEnd).strip() : "";
            end = lineEnd;
        }
        String contact = TRAILING.matcher(REACH.matcher(first).replaceFirst("")).replaceFirst("");
        if (contact.isEmpty()) {
            contact = first;
        }
        return contact.isEmpty() ? Optional.empty()
                : Optional.of(new ContactBlock(contact, body.substring(label.start(), end).strip()));
    }
}
