package org.newsdesk.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.facts.TimelineEvent;

/**
 * What the desk makes of a reader's message, for every adapter: a request for one of its
 * {@link Feature}s ("give me a summary") gets that feature, anything else is a question for the answerer.
 * Adapters that show answers as text or JSON take features as {@link Answer}s from here; Telegram,
 * which formats them richly, only asks {@link #requested} and runs its own command.
 */
public final class Responder implements Answerer {

    private final Desk desk;
    private final Answerer answerer;
    private final Summarizer summarizer;
    private final Clock clock;

    public Responder(Desk desk, Answerer answerer, Summarizer summarizer, Clock clock) {
        this.desk = desk;
        this.answerer = answerer;
        this.summarizer = summarizer;
        this.clock = clock;
    }

    /** The feature a message asks for, or empty when it is a question. */
    public static Optional<Feature> requested(String text) {
        return Requests.of(text);
    }

    /** The story a message asks a summary of ("summarise the derailment reports"), or empty. */
    public static Optional<String> summaryTopic(String text) {
        return Requests.summaryTopic(text);
    }

    /**
     * The summary of the story a message asks one of ("summarise the derailment reports"), when the
     * coverage has that story; empty for any other message, or a story the articles do not cover.
     */
    public Optional<List<Quote>> summaryAbout(String text) {
        return summaryTopic(text).map(desk::summaryAbout).filter(quotes -> !quotes.isEmpty());
    }

    /** The story a message asks a timeline of ("timeline of the Antwerp fire"), or empty. */
    public static Optional<String> timelineTopic(String text) {
        return Requests.timelineTopic(text);
    }

    /** The timeline of the story a topic names ("/timeline derailment"), or that the articles do not cover it. */
    public Answer storyTimeline(String topic, Locale locale, String request) {
        List<TimelineEvent> events = desk.timelineAbout(topic);
        FeatureText text = new FeatureText(desk.messages(), locale, request);
        return events.isEmpty() ? text.storyNotFound() : text.timeline(events, LocalDate.now(clock));
    }

    /** The summary of the story a topic names ("/summary derailment"), or that the articles do not cover it. */
    public Answer storySummary(String topic, Locale locale, String request) {
        return storySummary(desk.summaryAbout(topic), locale, request);
    }

    private Answer storySummary(List<Quote> quotes, Locale locale, String request) {
        return new FeatureText(desk.messages(), locale, request).storySummary(quotes, LocalDate.now(clock));
    }

    /** The feature the question asks for, as an answer; otherwise the answerer's answer to it. */
    @Override
    public Answer answer(Question question) {
        return respond(question);
    }

    /** The feature the question asks for, as an answer; otherwise the answerer's answer to it. */
    public Answer respond(Question question) {
        Locale locale = question.readerLanguage().locale();
        Optional<List<Quote>> about = summaryAbout(question.text());
        if (about.isPresent()) {
            return storySummary(about.get(), locale, question.text());
        }
        Optional<List<TimelineEvent>> timeline = timelineTopic(question.text()).map(desk::timelineAbout)
                .filter(events -> !events.isEmpty());
        if (timeline.isPresent()) {
            return new FeatureText(desk.messages(), locale, question.text()).timeline(timeline.get(), LocalDate.now(clock));
        }
        return requested(question.text())
                .map(feature -> feature(feature, locale, question.text()))
                .orElseGet(() -> answerer.answer(question));
    }

    /** A feature's content as an answer, with its quotes as sources, in the reader's language. */
    public Answer feature(Feature feature, Locale locale, String request) {
        long started = System.nanoTime();
        FeatureText text = new FeatureText(desk.messages(), locale, request);
        Answer answer = switch (feature) {
            case SUMMARY -> text.summary(summarizer.summarize(locale), LocalDate.now(clock));
            case FACTS -> text.facts(desk.quickFacts(), LocalDate.now(clock));
            case TIMELINE -> text.timeline(desk.timeline(), LocalDate.now(clock));
            case SOURCES -> text.sources(desk.sources(), LocalDate.now(clock));
            case HELP -> text.help(desk.sources().size());
        };
        return answer.withMillis((System.nanoTime() - started) / 1_000_000);
    }

    /** Forgets a conversation's memory in the answerer. */
    @Override
    public void forget(String conversation) {
        answerer.forget(conversation);
    }
}
