package org.newsdesk.testsupport.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text in Telegram's HTML parse mode as the Bot API documents it ("Formatting options", HTML
 * style, Bot API 7.4+), strictly: only the documented tags, each with only its documented attributes
 * ({@code <a href>}, {@code <span class="tg-spoiler">}, {@code <tg-emoji emoji-id>}, {@code <code
 * class="language-…">} directly inside {@code <pre>}, {@code <blockquote expandable>}), properly nested
 * within the documented limits (no quote inside a quote, nothing inside code or pre but pre's code),
 * and only the four named entities and numeric ones. Gives the visible text, whose length is what the
 * 4096-character limit applies to, and the entities Telegram would return for it (offsets in UTF-16
 * code units, as the Bot API counts).
 */
public final class TelegramHtml {

    /** An entity of the parsed text, as the Bot API returns it in a Message. */
    public record Entity(String type, int offset, int length, String detail) {
    }

    /** The visible text and its entities. */
    public record Parsed(String text, List<Entity> entities) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("b", "bold"), Map.entry("strong", "bold"),
            Map.entry("i", "italic"), Map.entry("em", "italic"), Map.entry("u", "underline"),
            Map.entry("ins", "underline"), Map.entry("s", "strikethrough"), Map.entry("strike", "strikethrough"),
            Map.entry("del", "strikethrough"), Map.entry("tg-spoiler", "spoiler"), Map.entry("span", "spoiler"),
            Map.entry("a", "text_link"), Map.entry("tg-emoji", "custom_emoji"), Map.entry("code", "code"),
            Map.entry("pre", "pre"), Map.entry("blockquote", "blockquote"));
    private static final Set<String> QUOTES = Set.of("blockquote");
    private static final Set<String> VERBATIM = Set.of("code", "pre");
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\"|='[^'<>]*')?)*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\"|='([^']*)')?");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

    private record Open(String tag, int start, String type, String detail) {
    }

    private TelegramHtml() {
    }

    /** The visible text; throws IllegalArgumentException saying what Telegram would refuse. */
    public static String visibleText(String html) {
        return parse(html).text();
    }

    /** The visible text and entities; throws IllegalArgumentException saying what Telegram would refuse. */
    public static Parsed parse(String html) {
        StringBuilder visible = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt() || !TYPES.containsKey(tag.group(2))) {
                    throw refused("unsupported start tag at byte offset " + i);
                }
                String name = tag.group(2);
                if (tag.group(1).isEmpty()) {
                    open.push(opened(name, attributes(tag.group(3), i), open, visible.length(), i));
                } else {
                    Open closing = open.isEmpty() ? null : open.pop();
                    if (closing == null || !closing.tag().equals(name) || !tag.group(3).isBlank()) {
                        throw refused("unmatched end tag at byte offset " + i);
                    }
                    if (visible.length() > closing.start()) {
                        entities.add(new Entity(closing.type(), closing.start(), visible.length() - closing.start(),
                                closing.detail()));
                    }
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    throw refused("bare & at byte offset " + i);
                }
                String name = entity.group(1);
                if (name.startsWith("#")) {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    visible.appendCodePoint(code);
                } else if (ENTITIES.containsKey(name)) {
                    visible.append(ENTITIES.get(name));
                } else {
                    throw refused("unsupported entity &" + name + ";");
                }
                i = entity.end();
            } else if (c == '>') {
                throw refused("bare > at byte offset " + i);
            } else {
                visible.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw refused("can't find end tag corresponding to start tag " + open.peek().tag());
        }
        entities.sort((a, b) -> a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset())
                : Integer.compare(b.length(), a.length()));
        return new Parsed(visible.toString(), List.copyOf(entities));
    }

    /** A start tag checked against its documented attributes and the documented nesting rules. */
    private static Open opened(String name, Map<String, String> attributes, Deque<Open> open, int start, int at) {
        Open parent = open.peek();
        if (parent != null && VERBATIM.contains(parent.tag()) && !(parent.tag().equals("pre") && name.equals("code"))) {
            throw refused("entities can't be nested in " + parent.tag() + " at byte offset " + at);
        }
        if (QUOTES.contains(name) && open.stream().anyMatch(outer -> QUOTES.contains(outer.tag()))) {
            throw refused("blockquote entities can't be nested at byte offset " + at);
        }
        if (name.equals("a") && open.stream().anyMatch(outer -> outer.tag().equals("a"))) {
            throw refused("links can't be nested at byte offset " + at);
        }
        String type = TYPES.get(name);
        String detail = null;
        switch (name) {
            case "a" -> detail = required(attributes, "href", name, at);
            case "span" -> {
                if (!"tg-spoiler".equals(required(attributes, "class", name, at))) {
                    throw refused("span needs class=\"tg-spoiler\" at byte offset " + at);
                }
            }
            case "tg-emoji" -> detail = required(attributes, "emoji-id", name, at);
            case "code" -> {
                if (attributes.containsKey("class")) {
                    if (parent == null || !parent.tag().equals("pre") || !attributes.get("class").startsWith("language-")) {
                        throw refused("a language can only be given to code inside pre, at byte offset " + at);
                    }
                    detail = attributes.get("class").substring("language-".length());
                }
            }
            case "blockquote" -> {
                if (attributes.containsKey("expandable")) {
                    if (attributes.get("expandable") != null) {
                        throw refused("expandable takes no value, at byte offset " + at);
                    }
                    type = "expandable_blockquote";
                }
            }
            default -> {
            }
        }
        Set<String> allowed = switch (name) {
            case "a" -> Set.of("href");
            case "span", "code" -> Set.of("class");
            case "tg-emoji" -> Set.of("emoji-id");
            case "blockquote" -> Set.of("expandable");
            default -> Set.of();
        };
        for (String attribute : attributes.keySet()) {
            if (!allowed.contains(attribute)) {
                throw refused("unsupported attribute " + attribute + " of " + name + " at byte offset " + at);
            }
        }
        return new Open(name, start, type, detail);
    }

    private static Map<String, String> attributes(String text, int at) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            if (attributes.containsKey(attribute.group(1))) {
                throw refused("attribute " + attribute.group(1) + " given twice at byte offset " + at);
            }
            attributes.put(attribute.group(1), value);
        }
        return attributes;
    }

    private static String required(Map<String, String> attributes, String attribute, String tag, int at) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            throw refused(tag + " needs " + attribute + " at byte offset " + at);
        }
        return value;
    }

    private static IllegalArgumentException refused(String reason) {
        return new IllegalArgumentException("can't parse entities: " + reason);
    }
}
