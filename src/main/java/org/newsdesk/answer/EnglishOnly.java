package org.newsdesk.answer;

import java.util.List;
import java.util.function.Supplier;
import org.newsdesk.language.Language;
import org.newsdesk.language.LanguageDetector;
import org.newsdesk.prompts.Messages;

/**
 * The answerer readers get when no language model is configured: the extractive answerer, which can
 * only quote the English articles, for questions in English; a question in another language gets, in
 * that language, a short reply asking for English and naming what else the desk can do, never a quote
 * (a German question would otherwise be "answered" with an unrelated English sentence).
 */
public final class EnglishOnly implements Answerer {

    private final Answerer english;
    private final Supplier<Messages> messages;

    public EnglishOnly(Answerer english, Supplier<Messages> messages) {
        this.english = english;
        this.messages = messages;
    }

    @Override
    public Answer answer(Question question) {
        Language language = LanguageDetector.of(question.text());
        if (language == Language.ENGLISH) {
            return english.answer(question);
        }
        String text = messages.get().text(language.locale(), "answer.english-only");
        return new Answer(question.text(), text, false, List.of(), Mode.EXTRACTIVE, "", 0);
    }

    @Override
    public void forget(String conversation) {
        english.forget(conversation);
    }
}
