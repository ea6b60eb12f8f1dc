package org.newsdesk.answer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdesk.index.Snapshot;
import java.util.Locale;
import org.newsdesk.prompts.Messages;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * What the extractive answerer does about reports as such (issue 8): questions about a report
 * ({@link MetadataAnswers}), questions that name an outlet, a report's date or "the latest report"
 * ({@link ReportFilter}), and reports that give different figures ({@link DifferingReports}). Kept
 * apart from the answerer so that its own flow reads in a few lines.
 */
final class Reports {

    private final MetadataAnswers metadata;

    /** A question that takes its figure from one source: "according to …", "in the ministry's statement". */
    private static final Pattern CHOSEN_SOURCE = Pattern.compile("\\baccording\\s+to\\b|\\b(?:in|from|by)\\s+(?:the|its|their|his|her)"
            + "\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:statement|release|announcement|report|story|article|account|letter)s?\\b",
            Pattern.CASE_INSENSITIVE);

    Reports(Clock clock) {
        this.metadata = new MetadataAnswers(clock);
    }

    /** What one question asks of the reports, read once. */
    Asked read(Question question, String text, RetrievalChain chain, Messages messages) {
        Snapshot snapshot = chain.snapshot();
        Locale locale = question.readerLanguage().locale();
        ReportFilter filter = ReportFilter.of(text, snapshot);
        Optional<Answer> answer = metadata.answer(question, text, filter, chain, messages);
        if (answer.isEmpty() && filter.namesReports() && filter.allowed(snapshot).isEmpty()) {
            String none = messages.text(locale, filter.noSuchReportMessage(), filter.described(locale));
            answer = Optional.of(new Answer(question.text(), none, false, List.of(), Mode.EXTRACTIVE, "", 0));
        }
        return new Asked(question, filter, snapshot, messages, answer);
    }

    /**
     * @param answer the whole answer when the question is about a report, or names reports none of
     *               which is loaded; empty when it is for the answerer to answer
     */
    record Asked(Question question, ReportFilter filter, Snapshot snapshot, Messages messages, Optional<Answer> answer) {

        /** The question without the words that choose its report ("According to AFP, …"), to match sentences with. */
        String unqualified(String text) {
            return ReportQualifiers.removedFrom(text, filter);
        }

        /** The candidates from the reports the question names, or all of them. */
        List<Candidate> restrict(List<Candidate> ranked, Evidence evidence) {
            return filter.restrict(ranked, evidence, snapshot);
        }

        /**
         * The reports side by side when they give different figures, unless the question chose one: by an outlet,
         * a date or "the latest", or by a source it does not name as an outlet ("according to the university",
         * "in the company's statement").
         */
        Optional<Answer> differing(List<Candidate> ranked) {
            if (filter.namesReports() || filter.order() != ReportFilter.Order.ANY
                    || CHOSEN_SOURCE.matcher(question.text()).find()) {
                return Optional.empty();
            }
            return DifferingReports.answer(question, ranked, snapshot, messages);
        }
    }
}
