package org.newsdesk.llm;

import java.lang.Character.UnicodeScript;
import java.util.regex.Pattern;

/**
 * The language of the LLM mode's own messages to a reader (not covered, fallback notices), told from
 * the letters of the question and nothing more: mostly Cyrillic with a letter only Ukrainian uses is
 * Ukrainian, other Cyrillic is Russian, anything else gets the English default. A translated message
 * is the English template's name under the language's folder: {@code uk/llm/notice/unavailable}.
 */
enum ReaderLanguage {
    ENGLISH(""), UKRAINIAN("uk/"), RUSSIAN("ru/");

    /** і ї є ґ: Ukrainian letters that Russian does not have. */
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");

    private final String folder;

    ReaderLanguage(String folder) {
        this.folder = folder;
    }

    static ReaderLanguage of(String question) {
        long letters = question.codePoints().filter(Character::isLetter).count();
        long cyrillic = question.codePoints()
                .filter(c -> Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.CYRILLIC).count();
        if (cyrillic == 0 || cyrillic * 2 < letters) {
            return ENGLISH;
        }
        return UKRAINIAN_LETTERS.matcher(question).find() ? UKRAINIAN : RUSSIAN;
    }

    /** The name of the template in this language. */
    String template(String englishName) {
        return folder + englishName;
    }
}
