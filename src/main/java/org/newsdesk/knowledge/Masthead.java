package org.newsdesk.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of the site or programme that web copy prints above its headline: {@code Pacific Coast 9 News},
 * {@code NHK WORLD-JAPAN | Japan}, {@code RTÉ News | Environment}. It is read as the publisher only where a
 * headline follows it, and only when it reads as an outlet's name rather than a short headline or a kicker
 * ("ANALYSIS", "World"): a section after a bar, or at most {@link #MAX_WORDS} words, each starting with a capital
 * or a digit, not all in capitals, one of them a channel's number or a word outlets are named with ("News",
 * "Radio", "Herald"). A kicker of a word or few in capitals ("ANALYSIS", "WORLD NEWS") above the headline, and a
 * press release's "For immediate release", are passed over and name no one. Otherwise the line is the headline.
 *
 * @param end  where its line ends
 * @param name the name, without the section after the bar; empty for a kicker or a press release's furniture
 */
record Masthead(int end, String name) {

    /** "Pacific Coast 9 News" is a name; "Fire guts grain warehouse in Gdansk port" is a headline. */
    static final int MAX_WORDS = 4;

    private static final Pattern KICKER = Pattern.compile("[\\p{Lu}&'’-]{2,}(?:[ \\t]+[\\p{Lu}&'’-]{2,}){0,2}");
    /** A press release's furniture above its headline: "For immediate release", "Embargoed until 10:00 BST". */
    private static final Pattern RELEASE_LINE = Pattern.compile(
            "(?i)(?:for immediate release|(?:news|press|media) release|embargoed\\b.{0,60})[.:]?");
    private static final Pattern SECTION_BAR = Pattern.compile("[ \\t]+\\|[ \\t]+");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*");
    private static final Pattern OUTLET_WORD = Pattern.compile("\\d+|News|Radio|TV|Television|Channel|Broadcasting"
            + "|Press|Times|Post|Herald|Journal|Gazette|Chronicle|Tribune|Daily|Weekly|Media|Network|Ledger|Courier"
            + "|Observer|Telegraph|Mail|Express|Star|Record|Review|Standard|Independent|Mirror|Globe|Register|Dispatch"
            + "|Bulletin|Echo|Advertiser|Examiner|Monitor|Inquirer|Sentinel|Argus|Mercury|Citizen|Online|Today");

    /**
     * The masthead on the line at {@code start}, if it is one and a headline follows it; or a press release's
     * furniture line, which often stands right under another ("PRESS RELEASE", then "For immediate release").
     */
    static Optional<Masthead> at(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, Headline.MAX_LENGTH + 1);
        if (RELEASE_LINE.matcher(body.substring(start, TextWindows.trimEnd(body, start, lineEnd)).strip()).matches()) {
            return Optional.of(new Masthead(lineEnd, ""));
        }
        Optional<Headline> line = Headline.at(body, start);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int next = TextWindows.skipWhitespace(body, line.get().end(), body.length());
        if (Headline.at(body, next).isEmpty()) {
            return Optional.empty();
        }
        String text = line.get().text(body);
        if (KICKER.matcher(text).matches()) {
            return Optional.of(new Masthead(line.get().end(), ""));
        }
        String[] parts = SECTION_BAR.split(text, 2);
        String name = parts[0].strip();
        boolean named = parts.length == 2 || namesRatherThanTells(name);
        return named && !name.isEmpty() ? Optional.of(new Masthead(line.get().end(), name)) : Optional.empty();
    }

    /** Whether the line names the outlet, rather than being a kicker or furniture that names no one. */
    boolean namesOutlet() {
        return !name.isEmpty();
    }

    private static boolean namesRatherThanTells(String line) {
        String[] words = line.split("[ \\t]+");
        if (words.length > MAX_WORDS || line.equals(line.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean outlet = false;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            outlet |= OUTLET_WORD.matcher(word).matches();
        }
        return outlet;
    }
}
