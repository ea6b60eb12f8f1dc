package org.newsdesk.testsupport.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text in Telegram's HTML parse mode as the Bot API does, strictly: only the tags Telegram
 * supports, properly nested, and only the four named entities and numeric ones. Returns the visible
 * text, whose length is what Telegram's 4096-character limit applies to.
 */
public final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji");
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)(\\s[^<>]*)?>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

    private TelegramHtml() {
    }

    /** The visible text; throws IllegalArgumentException saying what Telegram would refuse. */
    public static String visibleText(String html) {
        StringBuilder visible = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
                    throw new IllegalArgumentException("can't parse entities: unsupported start tag at byte offset " + i);
                }
                if (tag.group(1).isEmpty()) {
                    open.push(tag.group(2));
                } else if (open.isEmpty() || !open.pop().equals(tag.group(2))) {
                    throw new IllegalArgumentException("can't parse entities: unmatched end tag at byte offset " + i);
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    throw new IllegalArgumentException("can't parse entities: bare & at byte offset " + i);
                }
                String name = entity.group(1);
                if (name.startsWith("#")) {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    visible.appendCodePoint(code);
                } else if (ENTITIES.containsKey(name)) {
                    visible.append(ENTITIES.get(name));
                } else {
                    throw new IllegalArgumentException("can't parse entities: unsupported entity &" + name + ";");
                }
                i = entity.end();
            } else if (c == '>') {
                throw new IllegalArgumentException("can't parse entities: bare > at byte offset " + i);
            } else {
                visible.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("can't parse entities: can't find end tag corresponding to start tag "
                    + open.peek());
        }
        return visible.toString();
    }
}
