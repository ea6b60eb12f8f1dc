package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits given as labelled fields, one or several to a line: ANTARA's "Reporter: Hendra Saputra" and "Editor: Anton
 * Wibisono" under the story, a broadcast script's "Writer: Dewi Anggraini | Producer: Marcus Tan" above it.
 */
final class LabelledCredits {

    private static final String ROLE = "(?i:(?:(?:video|photo|picture|sound|copy)[ \\t])?(?:reporters?|writers?|authors?"
            + "|correspondents?|editors?|photographers?|photos?|producers?|translators?|camera|words|text))";
    private static final String CREDIT = ROLE + "[ \\t]{0,2}:[ \\t]{1,3}[^|·:\\n]{2,120}?";
    /** A whole line of such fields, separated by bars or middle dots. */
    private static final Pattern LINE = Pattern.compile(
            "\\A" + CREDIT + "(?:[ \\t]{1,3}[|·][ \\t]{1,3}" + CREDIT + ")*[ \\t]*\\z");
    private static final Pattern ONE = Pattern.compile("(?<role>" + ROLE + ")[ \\t]{0,2}:[ \\t]{1,3}(?<names>[^|·:\\n]{2,120}?)"
            + "(?=[ \\t]{1,3}[|·]|[ \\t]*\\z)");

    private LabelledCredits() {
    }

    /** The credits of a line that is only labelled credits, if it names anyone. */
    static Optional<Credits> of(String line) {
        String text = line.strip();
        if (!LINE.matcher(text).matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> contributors = new ArrayList<>();
        Matcher credit = ONE.matcher(text);
        while (credit.find()) {
            String role = credit.group("role").toLowerCase(Locale.ROOT);
            List<String> names = PersonNames.lenient(credit.group("names"));
            // "Video editor: …" cut the pictures: a contributor, not an editor of the text
            boolean qualified = role.contains(" ");
            (qualified ? contributors
                    : role.startsWith("report") || role.startsWith("writ") || role.startsWith("author")
                            || role.startsWith("correspondent") || role.equals("words") || role.equals("text") ? authors
                    : role.startsWith("editor") ? editors : contributors).addAll(names);
        }
        Credits credits = new Credits(authors, editors, contributors);
        return credits.equals(Credits.NONE) ? Optional.empty() : Optional.of(credits);
    }
}
