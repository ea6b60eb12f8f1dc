package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply being written: styled runs of plain text, in order, and the buttons under it. Split and escaped
 * only when sent; the buttons go under the reply's last message.
 */
final class Rich {

    private final List<Span> spans = new ArrayList<>();
    private Keyboard keyboard = Keyboard.NONE;

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

    /** Another reply's text, in a block the reader opens with a tap (such as the sources under an answer). */
    Rich expandable(Rich folded) {
        folded.spans.forEach(span -> spans.add(new Span(span.text(), span.style(), true)));
        return this;
    }

    /** Another reply's text after this one's, styled as it is there. */
    Rich then(Rich more) {
        spans.addAll(more.spans);
        return this;
    }

    /** The buttons under the reply. */
    Rich keyboard(Keyboard buttons) {
        this.keyboard = buttons;
        return this;
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    Keyboard keyboard() {
        return keyboard;
    }

    private Rich add(String text, Span.Style style) {
        if (!text.isEmpty()) {
            spans.add(new Span(text, style));
        }
        return this;
    }
}
