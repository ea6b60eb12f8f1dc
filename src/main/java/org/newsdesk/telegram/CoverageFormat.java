package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsdesk.facts.ArticleFacts;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.QuickFact;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.prompts.Messages;

/** What the bot knows, as replies: the greeting and help, the source list, quick facts, summary and timeline. */
final class CoverageFormat {

    private final Supplier<Messages> messages;
    private final Bylines bylines;

    CoverageFormat(Supplier<Messages> messages, Bylines bylines) {
        this.messages = messages;
        this.bylines = bylines;
    }

    /** The greeting of {@code /start} ({@code telegram.start}) or the help of {@code /help}, with the articles the bot knows. */
    Rich introduction(Locale locale, String key, List<ArticleInfo> articles) {
        String list = articles.stream()
                .map(article -> text(locale, "coverage.article-line",
                        Map.of("title", article.title(), "byline", bylines.of(locale, article))))
                .collect(Collectors.joining("\n"));
        String known = articles.isEmpty() ? text(locale, "coverage.no-articles", Map.of()) : list;
        return Rich.of(text(locale, key, Map.of("count", articles.size(), "articles", known)));
    }

    Rich sources(Locale locale, List<ArticleInfo> articles) {
        if (articles.isEmpty()) {
            return noArticles(locale);
        }
        Rich reply = new Rich().bold(text(locale, "sources.list-heading", Map.of("count", articles.size())));
        for (int i = 0; i < articles.size(); i++) {
            ArticleInfo article = articles.get(i);
            reply.paragraph().plain((i + 1) + ". ").bold(article.title()).line().plain(bylines.of(locale, article));
        }
        return reply;
    }

    Rich facts(Locale locale, List<ArticleFacts> articles) {
        if (articles.isEmpty()) {
            return noArticles(locale);
        }
        Rich reply = new Rich().bold(text(locale, "facts.heading", Map.of()));
        for (ArticleFacts article : articles) {
            reply.paragraph().bold(article.article().title()).line().plain(bylines.of(locale, article.article()));
            if (!article.curated()) {
                reply.line().italic(text(locale, "facts.drawn-note", Map.of()));
            }
            if (article.facts().isEmpty()) {
                reply.line().plain(text(locale, "facts.none", Map.of()));
            }
            for (QuickFact fact : article.facts()) {
                reply.line().plain("• " + statement(locale, fact)).line().quote(fact.quote().text());
            }
        }
        return reply;
    }

    /** A written summary with its numbered sources, or the quoted sentences; any notice under the heading. */
    Rich summary(Locale locale, CoverageSummary summary) {
        if (summary.quotes().isEmpty()) {
            return noArticles(locale);
        }
        Rich reply = new Rich().bold(text(locale, "summary.heading", Map.of()));
        if (!summary.notice().isEmpty()) {
            reply.line().italic(summary.notice());
        }
        if (!summary.written()) {
            for (Quote quote : summary.quotes()) {
                reply.paragraph().quote(quote.text()).line().italic(cite(locale, quote));
            }
            return reply;
        }
        reply.paragraph().plain(summary.text()).paragraph().bold(text(locale, "sources.heading", Map.of()));
        List<Quote> sources = summary.quotes();
        for (int i = 0; i < sources.size(); i++) {
            Quote source = sources.get(i);
            reply.line().plain((i + 1) + ". ").bold(source.article().title())
                    .line().plain(bylines.of(locale, source.article()))
                    .line().quote(source.text());
        }
        return reply;
    }

    Rich timeline(Locale locale, List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return Rich.of(text(locale, "timeline.empty", Map.of()));
        }
        Rich reply = new Rich().bold(text(locale, "timeline.heading", Map.of()));
        Locale dates = messages.get().languageOf(locale, "timeline.heading");
        for (TimelineEvent event : events) {
            reply.paragraph().bold(event.dateIn(dates)).line().quote(event.quote().text()).line()
                    .italic(cite(locale, event.quote()));
        }
        return reply;
    }

    private String statement(Locale locale, QuickFact fact) {
        if (fact.kind() == QuickFact.Kind.CURATED) {
            return fact.statement();
        }
        return text(locale, "facts.drawn", Map.of("kind", fact.kind().name().toLowerCase(Locale.ROOT),
                "detail", fact.statement()));
    }

    private String cite(Locale locale, Quote quote) {
        return text(locale, "coverage.cite", Map.of("title", quote.article().title(),
                "byline", bylines.of(locale, quote.article())));
    }

    private Rich noArticles(Locale locale) {
        return Rich.of(text(locale, "coverage.no-articles", Map.of()));
    }

    private String text(Locale locale, String key, Map<String, ?> arguments) {
        return messages.get().text(locale, key, arguments);
    }
}
