package org.newsdesk.layout;

/**
 * A sentence and the number it is cited by: an article's number when marks name articles, a passage's
 * number when they name passages (a model's answer cites passages).
 */
public record Cited(String text, int number) {

    /** The mark a reader follows to the source: {@code [2]}. */
    public static String mark(int number) {
        return "[" + number + "]";
    }

    public String mark() {
        return mark(number);
    }
}
