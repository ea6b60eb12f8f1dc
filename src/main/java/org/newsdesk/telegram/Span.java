package org.newsdesk.telegram;

/** A run of reply text in one style; the text is plain and is escaped only when a message is rendered. */
record Span(String text, Style style) {

    enum Style { PLAIN, BOLD, ITALIC, QUOTE }
}
