package org.newsdesk.answer;

import java.lang.Character.UnicodeScript;
import java.util.regex.Pattern;
import org.newsdesk.prompts.Prompts;

/**
 * The language of Newsdesk's own messages to a reader (not covered, too long, fallback notices), told
 * from the question's letters and little words: mostly Cyrillic is Ukrainian when letters and words only
 * Ukrainian uses outnumber those only Russian uses, else Russian; anything else gets the English
 * default. A translated message is the English template's name under the language's folder:
 * {@code uk/answer/not-found}.
 */
public enum ReaderLanguage {
    ENGLISH(""), UKRAINIAN("uk/"), RUSSIAN("ru/");

    /** Ukrainian letters Russian lacks, and short words only Ukrainian uses: each is a vote. */
    private static final Pattern UKRAINIAN_MARKS = Pattern.compile(
            "[іїєґІЇЄҐ]|(?<!\\p{L})(?:що|як|чи|це|який|яка|яке|які|коли|скільки|де|хто|чому|від|та|або|й)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Russian letters Ukrainian lacks, and short words only Russian uses. */
    private static final Pattern RUSSIAN_MARKS = Pattern.compile(
            "[ыэъёЫЭЪЁ]|(?<!\\p{L})(?:что|как|это|какой|какая|какие|когда|сколько|где|кто|почему|от|или)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final String folder;

    ReaderLanguage(String folder) {
        this.folder = folder;
    }

    public static ReaderLanguage of(String question) {
        long letters = question.codePoints().filter(Character::isLetter).count();
        long cyrillic = question.codePoints()
                .filter(c -> Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.CYRILLIC).count();
        if (cyrillic == 0 || cyrillic * 2 < letters) {
            return ENGLISH;
        }
        return UKRAINIAN_MARKS.matcher(question).results().count() > RUSSIAN_MARKS.matcher(question).results().count()
                ? UKRAINIAN : RUSSIAN;
    }

    /** The name the template has in this language. */
    private String template(String englishName) {
        return folder + englishName;
    }

    /** The name of the template in this language, or the English name where it has no translation. */
    public String template(Prompts prompts, String englishName) {
        return prompts.find(template(englishName)).isPresent() ? template(englishName) : englishName;
    }
}
