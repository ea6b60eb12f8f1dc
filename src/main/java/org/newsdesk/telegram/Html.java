package org.newsdesk.telegram;

import java.util.List;
import org.newsdesk.text.Printable;

/** Telegram's HTML parse mode: escaping and rendering one message's spans. */
final class Html {

    private static final String OPEN_EXPANDABLE = "<blockquote expandable>";
    private static final String CLOSE_QUOTE = "</blockquote>";

    private Html() {
    }

    /**
     * Escapes the three characters Telegram's HTML parser reads as markup, and control characters other
     * than newline and tab ({@link Printable#text}), which no reply means to send.
     */
    static String escape(String raw) {
        String text = Printable.text(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One message: every span escaped and wrapped in its own tags, and each stretch of expandable spans in
     * one expandable quote, so no tag crosses a message boundary. Telegram nests no quote in another: a
     * quoted span inside an expandable block is set in italics instead.
     */
    static String render(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        boolean folded = false;
        for (Span span : spans) {
            if (span.expandable() != folded) {
                out.append(folded ? CLOSE_QUOTE : OPEN_EXPANDABLE);
                folded = span.expandable();
            }
            String text = escape(span.text());
            switch (span.style()) {
                case PLAIN -> out.append(text);
                case BOLD -> out.append("<b>").append(text).append("</b>");
                case ITALIC -> out.append("<i>").append(text).append("</i>");
                case QUOTE -> out.append(folded ? "<i>" : "<blockquote>").append(text)
                        .append(folded ? "</i>" : CLOSE_QUOTE);
            }
        }
        return folded ? out.append(CLOSE_QUOTE).toString() : out.toString();
    }
}
