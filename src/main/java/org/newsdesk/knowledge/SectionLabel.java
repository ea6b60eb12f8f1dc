package org.newsdesk.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line above a headline that says where on the site a report stands or what kind of piece it is, and names no
 * one: a section or kicker ("The long read", "Explainer", "ANALYSIS", "News in brief") or a breadcrumb
 * ("Home > News > Ripon"). It is never the title and never the publisher.
 */
final class SectionLabel {

    /** Labels are a few words; a longer line is a headline. */
    static final int MAX_WORDS = 4;

    /** The labels sites print whatever their name: these are sections or kinds of piece wherever they stand. */
    private static final Set<String> KNOWN = Set.of("the long read", "long read", "the big read", "explainer",
            "analysis", "opinion", "comment", "live", "obituary", "obituaries", "news", "latest news", "news in brief",
            "in brief", "feature", "features", "interview", "exclusive", "breaking", "breaking news", "magazine",
            "the magazine", "sport", "sports", "business", "world", "politics", "local news", "environment", "culture",
            "science", "health", "technology", "travel", "weather", "fact check", "weekend", "letters", "editorial",
            "statement", "in pictures", "podcast", "video", "update", "full-time", "half-time", "result", "results",
            "match report");
    private static final Pattern KICKER = Pattern.compile("[\\p{Lu}&'’-]{2,}(?:[ \\t]+[\\p{Lu}&'’-]{2,}){0,2}");
    /** What separates the steps of a breadcrumb: "Home > News > Ripon", "News › Local", "Sport » Football". */
    private static final Pattern CRUMB = Pattern.compile("[ \\t]*[>›»][ \\t]*");
    private static final Pattern WORD_GAP = Pattern.compile("[ \\t]+");

    private SectionLabel() {
    }

    /** A label known wherever it stands, a kicker in capitals, or a breadcrumb. */
    static boolean isLabel(String text) {
        String line = text.strip();
        return KNOWN.contains(line.toLowerCase(Locale.ROOT)) || KICKER.matcher(line).matches() || isBreadcrumb(line);
    }

    /** A known label only: a bar's first part in capitals ("NHK WORLD-JAPAN | Japan") is the outlet's name. */
    static boolean isKnown(String text) {
        return KNOWN.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** A label of a few words without a final stop: what a short line right under a masthead is. */
    static boolean isShort(String text) {
        return isPhrase(text, MAX_WORDS);
    }

    /** At most {@code words} words, and no punctuation at the end that would make it a sentence or a lead-in. */
    static boolean isPhrase(String text, int words) {
        String line = text.strip();
        return !line.isEmpty() && WORD_GAP.split(line).length <= words && ".!?:;,".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean isBreadcrumb(String line) {
        String[] steps = CRUMB.split(line);
        if (steps.length < 2) {
            return false;
        }
        for (String step : steps) {
            if (!isShort(step)) {
                return false;
            }
        }
        return true;
    }
}
