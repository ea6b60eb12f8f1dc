package org.newsdesk.knowledge;

/**
 * Moving over whitespace and lines by code rather than by patterns, so that metadata parsing looks at
 * short windows of the article (its first lines, its last lines) and never lets a pattern loose on a
 * run of whitespace: a run of 200,000 spaces once took a sign-off pattern minutes (issue 9).
 */
final class TextWindows {

    private TextWindows() {
    }

    /** The first position at or after {@code from} that is not whitespace, or {@code to}. */
    static int skipWhitespace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** {@code to} moved back over whitespace, not before {@code from}. */
    static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The end of the line starting at {@code from}, or {@code from + limit} if the line is longer. */
    static int lineEnd(String text, int from, int limit) {
        int stop = (int) Math.min(text.length(), (long) from + limit);
        for (int i = from; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return stop;
    }

    /** The start of the line ending at {@code end}, not before {@code floor}. */
    static int lineStart(String text, int floor, int end) {
        int i = end;
        while (i > floor && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Whether {@code text[from, to)} holds only whitespace. */
    static boolean isBlank(String text, int from, int to) {
        return skipWhitespace(text, from, to) == to;
    }

    /** The line after the one ending at {@code lineEnd} (a newline or the text's end) is blank or missing. */
    static boolean blankLineFollows(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return false;
        }
        int next = lineEnd + 1;
        int i = next;
        while (i < text.length() && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
            i++;
        }
        return i < text.length();
    }
}
