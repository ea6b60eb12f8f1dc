package org.newsdesk.telegram;

import java.util.List;
import org.newsdesk.text.Printable;

/** Telegram's HTML parse mode: escaping and rendering one message's spans. */
final class Html {

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

    /** One message: every span escaped and wrapped in its own tags, so no tag crosses a message boundary. */
    static String render(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            String text = escape(span.text());
            switch (span.style()) {
                case PLAIN -> out.append(text);
                case BOLD -> out.append("<b>").append(text).append("</b>");
                case ITALIC -> out.append("<i>").append(text).append("</i>");
                case QUOTE -> out.append("<blockquote>").append(text).append("</blockquote>");
            }
        }
        return out.toString();
    }
}
