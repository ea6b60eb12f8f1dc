package org.newsdesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.facts.ArticleFacts;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.QuickFact;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.layout.Cited;
import org.newsdesk.layout.PlainText;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;

/**
 * A feature's content as an {@link Answer}, for the adapters that show answers as plain text or JSON
 * (the console, {@code ask}): a heading and the items as the text, and every quoted sentence as a source.
 */
record FeatureText(Messages messages, Locale locale, String request) {

    /** The summary of one story, or that the articles do not cover it. */
    Answer storySummary(List<Quote> quotes, LocalDate today) {
        return quotes.isEmpty() ? storyNotFound() : summary(CoverageSummary.quoted(quotes), today);
    }

    /** A story asked about by name ("/summary derailment", "timeline of the strike") that no article tells. */
    Answer storyNotFound() {
        return new Answer(request, messages.text(locale, "answer.not-found"), false, List.of(), Mode.EXTRACTIVE, "", 0);
    }

    /** The summary with each article named once. */
    Answer summary(CoverageSummary summary, LocalDate today) {
        if (summary.quotes().isEmpty()) {
            return nothing();
        }
        List<Source> sources = summary.quotes().stream().map(FeatureText::source).toList();
        return new Answer(request, new PlainText(messages, locale, today).summary(summary), true, sources,
                summary.written() ? Mode.LLM : Mode.EXTRACTIVE, summary.notice(), 0);
    }

    /** Each article's facts under its title and byline, as Telegram shows them: a fact is read with its story. */
    Answer facts(List<ArticleFacts> articles, LocalDate today) {
        if (articles.isEmpty()) {
            return nothing();
        }
        Byline byline = new Byline(messages, locale, today);
        StringBuilder text = new StringBuilder(heading("facts.heading"));
        List<Source> sources = new ArrayList<>();
        for (ArticleFacts article : articles) {
            ArticleInfo info = article.article();
            text.append("\n\n").append(info.title()).append(" — ").append(byline.of(info.publisher(), info.published()));
            if (!article.curated()) {
                text.append('\n').append(messages.text(locale, "facts.drawn-note"));
            }
            if (article.facts().isEmpty()) {
                text.append('\n').append(messages.text(locale, "facts.none"));
            }
            for (QuickFact fact : article.facts()) {
                sources.add(source(fact.quote()));
                text.append("\n• ").append(statement(fact)).append(' ').append(Cited.mark(sources.size()));
            }
        }
        return answered(text.toString(), sources);
    }

    /** Each date once, its events marked by article, and the articles named once after them. */
    Answer timeline(List<TimelineEvent> events, LocalDate today) {
        if (events.isEmpty()) {
            return new Answer(request, messages.text(locale, "timeline.empty"), false, List.of(), Mode.EXTRACTIVE, "", 0);
        }
        List<Source> sources = events.stream().map(event -> source(event.quote())).toList();
        return answered(new PlainText(messages, locale, today).timeline(events), sources);
    }

    Answer sources(List<ArticleInfo> articles, LocalDate today) {
        if (articles.isEmpty()) {
            return nothing();
        }
        Byline byline = new Byline(messages, locale, today);
        StringBuilder text = new StringBuilder(messages.text(locale, "sources.list-heading",
                Map.of("count", articles.size())));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleInfo article = articles.get(i);
            text.append("\n").append(i + 1).append(". ").append(article.title()).append(" — ")
                    .append(byline.of(article.publisher(), article.published()));
            sources.add(new Source(article.document(), article.title(), article.publisher(), article.published(), "", 0));
        }
        return answered(text.toString(), sources);
    }

    /** What Newsdesk does and how to ask it, for a reader who asks for help or says hello. */
    Answer help(int articles) {
        return answered(messages.text(locale, "desk.help", Map.of("count", articles)), List.of());
    }

    private String statement(QuickFact fact) {
        if (fact.kind() == QuickFact.Kind.CURATED) {
            return fact.statement();
        }
        return messages.text(locale, "facts.drawn", Map.of("kind", fact.kind().name().toLowerCase(Locale.ROOT),
                "detail", fact.statement()));
    }

    private String heading(String key) {
        return messages.text(locale, key);
    }

    private Answer answered(String text, List<Source> sources) {
        return new Answer(request, text, true, sources, Mode.EXTRACTIVE, "", 0);
    }

    private Answer nothing() {
        return new Answer(request, messages.text(locale, "coverage.no-articles"), false, List.of(), Mode.EXTRACTIVE,
                "", 0);
    }

    private static Source source(Quote quote) {
        ArticleInfo article = quote.article();
        return new Source(article.document(), article.title(), article.publisher(), article.published(), quote.text(), 0);
    }
}
