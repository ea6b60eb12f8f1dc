package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.List;

/** A reply being written: styled runs of plain text, in order. Split and escaped only when sent. */
final class Rich {

    private final List<Span> spans = new ArrayList<>();

    static Rich of(String plain) {
        return new Rich().plain(plain);
    }

    Rich plain(String text) {
        return add(text, Span.Style.PLAIN);
    }

    Rich bold(String text) {
        return add(text, Span.Style.BOLD);
    }

    Rich italic(String text) {
        return add(text, Span.Style.ITALIC);
    }

    /** A quoted sentence, shown as a block quote on a line of its own. */
    Rich quote(String text) {
        return add(text, Span.Style.QUOTE);
    }

    Rich line() {
        return plain("\n");
    }

    Rich paragraph() {
        return plain("\n\n");
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    private Rich add(String text, Span.Style style) {
        if (!text.isEmpty()) {
            spans.add(new Span(text, style));
        }
        return this;
    }
}
