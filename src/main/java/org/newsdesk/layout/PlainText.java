package org.newsdesk.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;
import org.newsdesk.text.Printable;

/**
 * The layouts as plain text, for a terminal and for the text of {@code ask}: the answer, then
 * "Sources:" with each article once; a timeline with each date once; a summary in runs of one article.
 * Article text and file names are untrusted: control characters are escaped ({@link Printable}).
 */
public final class PlainText {

    private static final String INDENT = "    ";

    private final Messages messages;
    private final Locale locale;
    private final Byline byline;

    /** @param today the day the ages in bylines ("1 year ago") are counted to */
    public PlainText(Messages messages, Locale locale, LocalDate today) {
        this.messages = messages;
        this.locale = locale;
        this.byline = new Byline(messages, locale, today);
    }

    /** The answer with its marks, any notice, its sources (with their file names) and any related sentences. */
    public String answer(Answer answer) {
        CitedAnswer cited = CitedAnswer.of(answer);
        StringBuilder out = new StringBuilder(cited.body());
        if (!answer.notice().isEmpty()) {
            out.append("\n(").append(answer.notice()).append(')');
        }
        sources(out, "sources.heading", cited.sources(), cited.marks(), true);
        sources(out, "related.heading", cited.related(), Marks.NONE, true);
        return Printable.text(out.toString());
    }

    /** The heading, then each date once with its events marked by article, then the articles. */
    public String timeline(List<TimelineEvent> events) {
        CitedTimeline timeline = CitedTimeline.of(events, messages.languageOf(locale, "timeline.heading"));
        StringBuilder out = new StringBuilder(messages.text(locale, "timeline.heading"));
        for (CitedTimeline.Day day : timeline.days()) {
            out.append("\n\n").append(day.date());
            day.events().forEach(event -> out.append("\n• ").append(Printable.line(event.text())).append(' ')
                    .append(event.mark()));
        }
        sources(out, "sources.heading", timeline.articles(), Marks.ARTICLES, false);
        return Printable.text(out.toString());
    }

    /** The heading, then the summary and its sources (a notice, if any, is the caller's to show). */
    public String summary(CoverageSummary summary) {
        CitedSummary cited = CitedSummary.of(summary);
        StringBuilder out = new StringBuilder(messages.text(locale, "summary.heading"));
        if (cited.written()) {
            out.append("\n\n").append(cited.text());
        }
        cited.runs().forEach(run -> out.append("\n\n").append(Printable.line(run.text())).append(' ').append(run.mark()));
        sources(out, "sources.heading", cited.sources(), cited.marks(), false);
        return Printable.text(out.toString());
    }

    private void sources(StringBuilder out, String heading, List<SourceNote> notes, Marks marks, boolean documents) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("\n\n").append(messages.text(locale, heading)).append(':');
        for (SourceNote note : notes) {
            ArticleInfo article = note.article();
            out.append('\n').append(marks == Marks.ARTICLES ? note.mark() : "•").append(' ').append(Printable.line(article.title()))
                    .append(" — ").append(byline.of(article.publisher(), article.published()));
            for (Cited quote : note.quotes()) {
                out.append('\n').append(INDENT).append(marks == Marks.PASSAGES ? quote.mark() + " " : "")
                        .append(quoted(Printable.line(quote.text())));
            }
            if (documents) {
                out.append('\n').append(INDENT).append('(').append(Printable.brief(article.document())).append(')');
            }
        }
    }

    /** In quotation marks, unless the sentence is itself a quotation. */
    private static String quoted(String sentence) {
        return sentence.startsWith("“") || sentence.startsWith("\"") ? sentence : "“" + sentence + "”";
    }
}
