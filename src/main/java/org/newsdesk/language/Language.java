package org.newsdesk.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Newsdesk recognises in a question. English is the articles' language; Ukrainian and
 * Russian have every reader-facing text; the others have the replies about the question itself (such
 * as "please ask in English"), the rest of their texts falling back to English.
 */
public enum Language {
    ENGLISH("en", true), UKRAINIAN("uk", true), RUSSIAN("ru", true),
    GERMAN("de", false), SPANISH("es", false), FRENCH("fr", false), POLISH("pl", false), ITALIAN("it", false),
    PORTUGUESE("pt", false), DUTCH("nl", false), CZECH("cs", false);

    private final String tag;
    private final boolean everyText;

    Language(String tag, boolean everyText) {
        this.tag = tag;
        this.everyText = everyText;
    }

    /** Whether every reader-facing text (menus, help, headings) exists in this language. */
    public boolean hasEveryText() {
        return everyText;
    }

    /** The ISO 639-1 code: {@code en}, {@code uk}, ... */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of an IETF tag such as Telegram's {@code language_code} ({@code uk}, {@code pt-br}), if recognised. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }
}
