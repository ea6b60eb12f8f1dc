package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.Printable;

/**
 * Splits a reply into messages that Telegram accepts: at most {@link #LIMIT} characters of visible
 * text each (the limit applies after entity parsing, so tags and escapes do not count). Cuts at a
 * paragraph or line break late in the message, else at the last sentence end, else at a space; never so
 * early that a message holds only the start of an item ("•", "1.") in front of a long one.
 */
final class Chunker {

    /** Telegram's limit for a message's text. */
    static final int LIMIT = 4096;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*(?=\\s)");

    private final int limit;

    Chunker() {
        this(LIMIT);
    }

    Chunker(int limit) {
        this.limit = limit;
    }

    List<List<Span>> split(List<Span> reply) {
        // control characters are escaped before measuring, so the escapes count towards the limit
        List<Span> spans = reply.stream().map(span -> new Span(Printable.text(span.text()), span.style())).toList();
        StringBuilder all = new StringBuilder();
        spans.forEach(span -> all.append(span.text()));
        String text = all.toString();
        List<List<Span>> messages = new ArrayList<>();
        int start = skipSpace(text, 0);
        while (start < text.length()) {
            int end = text.length() - start <= limit ? text.length() : cut(text, start, start + limit);
            List<Span> message = clip(spans, start, trimEnd(text, start, end));
            if (!message.isEmpty()) {
                messages.add(message);
            }
            start = skipSpace(text, end);
        }
        return messages;
    }

    /** Where to end a message that starts at {@code start} and may not reach {@code max}. */
    private static int cut(String text, int start, int max) {
        int half = start + (max - start) / 2;
        int floor = start + (max - start) / 4;
        int paragraph = text.lastIndexOf("\n\n", max - 2);
        if (paragraph > half) {
            return paragraph;
        }
        int line = text.lastIndexOf('\n', max - 1);
        if (line > half) {
            return line;
        }
        int sentence = -1;
        Matcher end = SENTENCE_END.matcher(text).region(start, max);
        end.useTransparentBounds(true);
        while (end.find()) {
            sentence = end.end();
        }
        if (sentence > floor) {
            return sentence;
        }
        if (line > floor) {
            return line;
        }
        for (int i = max - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // no space at all: cut anywhere, but never between the halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private static List<Span> clip(List<Span> spans, int from, int to) {
        List<Span> clipped = new ArrayList<>();
        int offset = 0;
        for (Span span : spans) {
            int spanStart = offset;
            int spanEnd = offset + span.text().length();
            offset = spanEnd;
            int a = Math.max(from, spanStart);
            int b = Math.min(to, spanEnd);
            if (a < b) {
                clipped.add(new Span(span.text().substring(a - spanStart, b - spanStart), span.style()));
            }
        }
        return clipped;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
