package org.newsdesk.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.answer.Source;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.prompts.Prompts;

/** Who published an article and when, in the reader's words: "AFP, 11 October 2025 (3 months ago)". */
final class Bylines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Supplier<Prompts> prompts;
    private final Clock clock;

    Bylines(Supplier<Prompts> prompts, Clock clock) {
        this.prompts = prompts;
        this.clock = clock;
    }

    String of(ArticleInfo article) {
        return of(article.publisher(), article.published());
    }

    String of(Source source) {
        return of(source.publisher(), source.published());
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A timeline date, as precise as the article was. */
    static String date(TimelineEvent event) {
        return switch (event.precision()) {
            case DAY -> DAY.format(event.date());
            case MONTH -> MONTH.format(event.date());
            case YEAR -> String.valueOf(event.date().getYear());
        };
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String of(String publisher, LocalDate published) {
        Prompts texts = prompts.get();
        String who = publisher.isBlank() ? texts.text("telegram/unknown-publisher") : publisher;
        if (published == null) {
            return texts.render("telegram/byline-undated", Map.of("publisher", who));
        }
        // Source knows how to say how long ago a date was; the other fields do not matter here
        String age = new Source("", "", publisher, published, "", 0).age(today());
        return texts.render("telegram/byline", Map.of("publisher", who, "date", day(published), "age", age));
    }
}
