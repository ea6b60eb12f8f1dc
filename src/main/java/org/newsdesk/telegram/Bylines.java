package org.newsdesk.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsdesk.answer.Source;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;

/** Who published an article and when, in the reader's words: "AFP, 11 October 2025 (3 months ago)". */
record Bylines(Supplier<Messages> messages, Clock clock) {

    String of(Locale locale, ArticleInfo article) {
        return byline(locale).of(article.publisher(), article.published());
    }

    String of(Locale locale, Source source) {
        return byline(locale).of(source.publisher(), source.published());
    }

    private Byline byline(Locale locale) {
        return new Byline(messages.get(), locale, LocalDate.now(clock));
    }
}
