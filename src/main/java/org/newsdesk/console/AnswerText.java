package org.newsdesk.console;

import java.time.LocalDate;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.layout.PlainText;
import org.newsdesk.prompts.Messages;

/**
 * An answer as plain text for a terminal: the answer once, with its marks, then each article it draws on
 * once ({@link PlainText}).
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** @param locale the reader's language, for the heading and the bylines */
    public static String render(Answer answer, Messages messages, Locale locale, LocalDate today) {
        return new PlainText(messages, locale, today).answer(answer);
    }
}
