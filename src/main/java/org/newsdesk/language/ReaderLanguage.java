package org.newsdesk.language;

import java.util.Optional;

/**
 * The language Newsdesk's own texts are written in for a reader: the language the reader declared
 * (Telegram's {@code language_code}) when it is one besides English that every text exists in
 * (Ukrainian, Russian); otherwise the language of the question; otherwise English. A reader whose app
 * is in English or German but who asks in Russian is answered in Russian.
 */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    /**
     * @param declared the reader's declared language tag, or empty
     * @param question what the reader wrote, or empty when there is nothing to go by (a command)
     */
    public static Language of(String declared, String question) {
        Optional<Language> stated = Language.ofTag(declared)
                .filter(language -> language.hasEveryText() && language != Language.ENGLISH);
        if (stated.isPresent()) {
            return stated.get();
        }
        return question == null || question.isBlank() ? Language.ENGLISH : LanguageDetector.of(question);
    }

    /** For a question with nothing declared: the question's own language. */
    public static Language of(String question) {
        return of("", question);
    }
}
