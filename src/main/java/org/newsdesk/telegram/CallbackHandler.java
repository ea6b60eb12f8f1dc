package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.FurtherReading;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.desk.Desk;
import org.newsdesk.language.ReaderLanguage;
import org.newsdesk.observe.Observer;
import org.newsdesk.prompts.Messages;
import org.newsdesk.store.AnswerRecord;
import org.newsdesk.store.FeedbackLog;
import org.newsdesk.store.QuotedSource;
import org.newsdesk.store.Rating;
import org.newsdesk.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * A press of a button under an answer. Every press is acknowledged at once ({@code answerCallbackQuery}),
 * before anything slow: a rating with a short thank-you, counted once per reader and answer; "more from
 * this article", "other reports" and "what I can answer" then reply under the answer. Callback data is
 * never trusted: what {@link CallbackData} does not read, or an id that names no answer of this chat
 * (forged, or expired from the store), gets a polite "this button has expired" and changes nothing.
 */
final class CallbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private final FeedbackLog feedback;
    private final FurtherReading further;
    private final Desk desk;
    private final AnswerFormat answers;
    private final CoverageFormat coverage;
    private final Outbox outbox;
    private final Supplier<Messages> messages;
    private final Observer observer;
    private final Clock clock;

    CallbackHandler(FeedbackLog feedback, Desk desk, AnswerFormat answers, CoverageFormat coverage, Outbox outbox,
                    Observer observer, Clock clock) {
        this.feedback = feedback;
        this.further = desk.furtherReading();
        this.desk = desk;
        this.answers = answers;
        this.coverage = coverage;
        this.outbox = outbox;
        this.messages = desk::messages;
        this.observer = observer;
        this.clock = clock;
    }

    void handle(CallbackQuery query) {
        String declared = query.getFrom().getLanguageCode() == null ? "" : query.getFrom().getLanguageCode();
        Optional<CallbackData> data = CallbackData.parse(query.getData());
        MaybeInaccessibleMessage message = query.getMessage();
        if (data.isEmpty() || message == null) {
            expired(query, declared);
            return;
        }
        Target under = new Target(message.getChatId(), thread(message), !message.isUserMessage(), message.getMessageId());
        if (data.get().action() == CallbackData.Action.WHAT_I_ANSWER) {
            Locale locale = ReaderLanguage.of(declared, "").locale();
            acknowledge(query, null);
            outbox.send(under, coverage.sources(locale, desk.sources()));
            return;
        }
        Optional<AnswerRecord> answer = feedback.answer(data.get().answer(), message.getChatId());
        if (answer.isEmpty()) {
            expired(query, declared);
            return;
        }
        Locale locale = ReaderLanguage.of(declared, answer.get().question()).locale();
        switch (data.get().action()) {
            case HELPFUL -> rate(query, answer.get(), Rating.HELPFUL, locale);
            case NOT_HELPFUL -> rate(query, answer.get(), Rating.NOT_HELPFUL, locale);
            case MORE_FROM_ARTICLE -> {
                acknowledge(query, null);
                outbox.send(under, more(answer.get(), declared, locale));
            }
            case OTHER_REPORTS -> {
                acknowledge(query, null);
                outbox.send(under, otherReports(answer.get(), declared, locale));
            }
        }
    }

    private void rate(CallbackQuery query, AnswerRecord answer, Rating rating, Locale locale) {
        FeedbackLog.Outcome outcome = feedback.rate(answer.id(), query.getMessage().getChatId(), query.getFrom().getId(),
                rating, clock.instant());
        switch (outcome) {
            case COUNTED -> {
                acknowledge(query, text(locale, "callback.thanks"));
                observer.answerRated(rating.label());
            }
            case ALREADY_RATED -> acknowledge(query, text(locale, "callback.already-rated"));
            case UNKNOWN_ANSWER -> acknowledge(query, text(locale, "callback.expired"));
        }
    }

    private Rich more(AnswerRecord answer, String declared, Locale locale) {
        if (answer.sources().isEmpty()) {
            return Rich.of(text(locale, "more.none"));
        }
        List<Source> more = further.moreFrom(AnswerButtons.question(answer, declared), answer.sources().get(0).document(),
                answer.sources().stream().map(QuotedSource::quote).toList());
        return quoted(answer, more, "more.heading", "more.none", locale);
    }

    private Rich otherReports(AnswerRecord answer, String declared, Locale locale) {
        List<Source> others = further.otherReports(AnswerButtons.question(answer, declared),
                answer.sources().stream().map(QuotedSource::document).distinct().toList());
        return quoted(answer, others, "other-reports.heading", "other-reports.none", locale);
    }

    /** The sentences under a heading, laid out as an answer of quotes: each once, each article named once. */
    private Rich quoted(AnswerRecord answer, List<Source> sentences, String heading, String none, Locale locale) {
        if (sentences.isEmpty()) {
            return Rich.of(text(locale, none));
        }
        String text = String.join(" ", sentences.stream().map(Source::quote).toList());
        Answer quotes = new Answer(answer.question(), text, true, sentences, Mode.EXTRACTIVE, "", 0);
        return new Rich().bold(text(locale, heading)).line().then(answers.answer(quotes, locale));
    }

    private void expired(CallbackQuery query, String declared) {
        LOG.debug("A button press named nothing the bot keeps: {}", Printable.brief(query.getData()));
        acknowledge(query, text(ReaderLanguage.of(declared, "").locale(), "callback.expired"));
    }

    private void acknowledge(CallbackQuery query, String text) {
        outbox.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(text).build());
    }

    private String text(Locale locale, String key) {
        return messages.get().text(locale, key);
    }

    private static Integer thread(MaybeInaccessibleMessage message) {
        return message instanceof Message full && full.isTopicMessage() ? full.getMessageThreadId() : null;
    }
}
