package org.newsdesk.telegram;

/**
 * A run of reply text in one style; the text is plain and is escaped only when a message is rendered.
 *
 * @param expandable whether the run sits in a block the reader expands with a tap (Telegram's expandable
 *                   quote), such as the sources under an answer
 */
record Span(String text, Style style, boolean expandable) {

    enum Style { PLAIN, BOLD, ITALIC, QUOTE }

    Span(String text, Style style) {
        this(text, style, false);
    }

    /** The same style and place, another text (a piece of this one when a reply is split). */
    Span withText(String other) {
        return new Span(other, style, expandable);
    }
}
