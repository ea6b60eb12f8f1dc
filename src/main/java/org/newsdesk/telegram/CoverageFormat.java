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
import org.newsdesk.prompts.Prompts;

/** What the bot knows, as replies: the greeting and help, the source list, quick facts, summary and timeline. */
final class CoverageFormat {

    private final Supplier<Prompts> prompts;
    private final Bylines bylines;

    CoverageFormat(Supplier<Prompts> prompts, Bylines bylines) {
        this.prompts = prompts;
        this.bylines = bylines;
    }

    /** The greeting of {@code /start} or the help of {@code /help}, with the articles the bot knows. */
    Rich introduction(String template, List<ArticleInfo> articles) {
        String list = articles.stream()
                .map(article -> prompts.get().render("telegram/article-line",
                        Map.of("title", article.title(), "byline", bylines.of(article))))
                .collect(Collectors.joining("\n"));
        String known = articles.isEmpty() ? prompts.get().text("telegram/no-articles") : list;
        return Rich.of(prompts.get().render(template, Map.of("count", articles.size(), "articles", known)));
    }

    Rich sources(List<ArticleInfo> articles) {
        if (articles.isEmpty()) {
            return noArticles();
        }
        Rich reply = new Rich().bold(prompts.get().render("telegram/sources-list-heading", Map.of("count", articles.size())));
        for (int i = 0; i < articles.size(); i++) {
            ArticleInfo article = articles.get(i);
            reply.paragraph().plain((i + 1) + ". ").bold(article.title()).line().plain(bylines.of(article));
        }
        return reply;
    }

    Rich facts(List<ArticleFacts> articles) {
        if (articles.isEmpty()) {
            return noArticles();
        }
        Rich reply = new Rich().bold(prompts.get().text("telegram/facts-heading"));
        for (ArticleFacts article : articles) {
            reply.paragraph().bold(article.article().title()).line().plain(bylines.of(article.article()));
            if (!article.curated()) {
                reply.line().italic(prompts.get().text("telegram/facts-drawn-note"));
            }
            if (article.facts().isEmpty()) {
                reply.line().plain(prompts.get().text("telegram/facts-none"));
            }
            for (QuickFact fact : article.facts()) {
                reply.line().plain("• " + statement(fact)).line().quote(fact.quote().text());
            }
        }
        return reply;
    }

    /** A written summary with its numbered sources, or the quoted sentences; any notice under the heading. */
    Rich summary(CoverageSummary summary) {
        if (summary.quotes().isEmpty()) {
            return noArticles();
        }
        Rich reply = new Rich().bold(prompts.get().text("telegram/summary-heading"));
        if (!summary.notice().isEmpty()) {
            reply.line().italic(summary.notice());
        }
        if (!summary.written()) {
            for (Quote quote : summary.quotes()) {
                reply.paragraph().quote(quote.text()).line().italic(cite(quote));
            }
            return reply;
        }
        reply.paragraph().plain(summary.text()).paragraph().bold(prompts.get().text("telegram/sources-heading"));
        List<Quote> sources = summary.quotes();
        for (int i = 0; i < sources.size(); i++) {
            Quote source = sources.get(i);
            reply.line().plain((i + 1) + ". ").bold(source.article().title())
                    .line().plain(bylines.of(source.article()))
                    .line().quote(source.text());
        }
        return reply;
    }

    Rich timeline(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return Rich.of(prompts.get().text("telegram/timeline-empty"));
        }
        Rich reply = new Rich().bold(prompts.get().text("telegram/timeline-heading"));
        for (TimelineEvent event : events) {
            reply.paragraph().bold(Bylines.date(event)).line().quote(event.quote().text()).line()
                    .italic(cite(event.quote()));
        }
        return reply;
    }

    private String statement(QuickFact fact) {
        if (fact.kind() == QuickFact.Kind.CURATED) {
            return fact.statement();
        }
        String kind = prompts.get().text("telegram/fact-" + fact.kind().name().toLowerCase(Locale.ROOT));
        return prompts.get().render("telegram/drawn-fact", Map.of("kind", kind, "detail", fact.statement()));
    }

    private String cite(Quote quote) {
        return prompts.get().render("telegram/cite", Map.of("title", quote.article().title(),
                "byline", bylines.of(quote.article())));
    }

    private Rich noArticles() {
        return Rich.of(prompts.get().text("telegram/no-articles"));
    }
}
