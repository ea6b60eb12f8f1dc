package org.newsdesk.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.FurtherReading;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;
import org.newsdesk.store.AnswerIds;
import org.newsdesk.store.AnswerRecord;
import org.newsdesk.store.FeedbackLog;
import org.newsdesk.store.QuotedSource;
import org.newsdesk.telegram.CallbackData.Action;

/**
 * The buttons under an answer in a chat: "helpful" and "not helpful" under every one; "more from this
 * article" when the article it cites has more on the question and "other reports" when other articles
 * cover it too; "what I can answer" under a refusal. The answer is kept in the store's feedback log under
 * the short id its buttons carry, bound to its chat.
 */
final class AnswerButtons {

    private final FeedbackLog feedback;
    private final FurtherReading further;
    private final Supplier<Messages> messages;
    private final Clock clock;

    AnswerButtons(FeedbackLog feedback, FurtherReading further, Supplier<Messages> messages, Clock clock) {
        this.feedback = feedback;
        this.further = further;
        this.messages = messages;
        this.clock = clock;
    }

    Keyboard under(Answer answer, Question question, long chat, Locale locale) {
        String id = AnswerIds.next();
        feedback.remember(record(id, answer, question), chat);
        List<Keyboard.Button> next = new ArrayList<>();
        if (!answer.answerable()) {
            next.add(button(locale, "button.what-i-answer", CallbackData.of(Action.WHAT_I_ANSWER)));
        } else if (!answer.sources().isEmpty()) {
            if (!further.moreFrom(question, answer.sources().get(0).document(), quotes(answer)).isEmpty()) {
                next.add(button(locale, "button.more", CallbackData.of(Action.MORE_FROM_ARTICLE, id)));
            }
            if (!further.otherReports(question, documents(answer)).isEmpty()) {
                next.add(button(locale, "button.other-reports", CallbackData.of(Action.OTHER_REPORTS, id)));
            }
        }
        return new Keyboard(List.of(List.of(button(locale, "button.helpful", CallbackData.of(Action.HELPFUL, id)),
                button(locale, "button.not-helpful", CallbackData.of(Action.NOT_HELPFUL, id))), next));
    }

    /** The question as the buttons' follow-ups ask it again: with the conversation it leaned on. */
    static Question question(AnswerRecord answer, String declaredLanguage) {
        return new Question(answer.question(), "", answer.earlier(), declaredLanguage);
    }

    static List<String> quotes(Answer answer) {
        return answer.sources().stream().map(Source::quote).toList();
    }

    static List<String> documents(Answer answer) {
        return answer.sources().stream().map(Source::document).distinct().toList();
    }

    private AnswerRecord record(String id, Answer answer, Question question) {
        List<QuotedSource> sources = answer.sources().stream()
                .map(source -> new QuotedSource(source.document(), source.title(), source.publisher(), source.quote()))
                .toList();
        return new AnswerRecord(id, question.text(), question.earlier(), answer.text(), answer.answerable(), sources,
                clock.instant());
    }

    private Keyboard.Button button(Locale locale, String key, CallbackData data) {
        return new Keyboard.Button(messages.get().text(locale, key), data);
    }
}
