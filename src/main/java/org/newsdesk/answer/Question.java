package org.newsdesk.answer;

import java.util.List;
import org.newsdesk.language.Language;
import org.newsdesk.language.ReaderLanguage;

/**
 * A reader's question with the conversation it belongs to.
 *
 * @param text         as the reader typed it; untrusted
 * @param conversation identifies the conversation (a chat), or empty for a one-off question
 * @param earlier      the reader's previous questions in this conversation, oldest first, so that a
 *                     follow-up such as "how many of them went back?" can be understood
 * @param declaredLanguage the language the reader's app says they read (Telegram's {@code language_code}),
 *                     or empty; see {@link ReaderLanguage}
 */
public record Question(String text, String conversation, List<String> earlier, String declaredLanguage) {

    /** Longer questions are refused with a message: no real question needs more, and it bounds the work. */
    public static final int MAX_LENGTH = 500;

    public Question {
        text = text == null ? "" : text;
        conversation = conversation == null ? "" : conversation;
        earlier = List.copyOf(earlier);
        declaredLanguage = declaredLanguage == null ? "" : declaredLanguage;
    }

    public Question(String text, String conversation, List<String> earlier) {
        this(text, conversation, earlier, "");
    }

    /** Whether the question is refused before any search: empty, too long, or only instructions to the bot. */
    public boolean refused() {
        return !QuestionGuard.check(text).ok();
    }

    public static Question of(String text) {
        return new Question(text, "", List.of());
    }

    /** The language Newsdesk's own texts take for this reader. */
    public Language readerLanguage() {
        return ReaderLanguage.of(declaredLanguage, text);
    }
}
