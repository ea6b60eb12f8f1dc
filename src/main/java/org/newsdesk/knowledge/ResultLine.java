package org.newsdesk.knowledge;

import java.util.regex.Pattern;

/**
 * A match result where a headline would stand: {@code Strangford Rovers 3 (Quinn 9, 88) Mourne Valley 2 (Boyd 31
 * pen)}, {@code Arsenal 2-1 Chelsea}. It is reporting (its scorers and minutes are facts), not a headline: the
 * title is then drawn from the lead sentence after it.
 */
final class ResultLine {

    private static final String TEAM = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*+(?:[ \\t](?:of|the|and|de|\\p{Lu}[\\p{L}\\p{M}'’.&-]*+)){0,5}";
    /** Who scored when, in parentheses after a side's score. */
    private static final String SCORERS = "(?:[ \\t]*\\([^()\\n]{0,100}\\))?";
    private static final Pattern RESULT = Pattern.compile("\\A" + TEAM + "[ \\t]+(?:\\d{1,3}" + SCORERS
            + "[ \\t]*,?(?:[ \\t]+(?:v|vs\\.?|[-–—]))?[ \\t]+" + TEAM + "[ \\t]+\\d{1,3}" + SCORERS
            + "|\\d{1,3}[ \\t]?[-–][ \\t]?\\d{1,3}[ \\t]+" + TEAM + ")[ \\t]*\\z");

    private ResultLine() {
    }

    /** Whether the line at {@code start} is a result. */
    static boolean at(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, Headline.MAX_LENGTH + 1);
        int end = TextWindows.trimEnd(body, start, lineEnd);
        return end > start && end - start <= Headline.MAX_LENGTH && RESULT.matcher(body).region(start, end).matches();
    }
}
