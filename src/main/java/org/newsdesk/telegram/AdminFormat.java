package org.newsdesk.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.store.UnansweredQuestion;
import org.newsdesk.text.Printable;

/** Replies to the administrators' commands: the reload report, the statistics, the unanswered questions. */
final class AdminFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The most asked questions shown in a reply; the CSV file has them all. */
    static final int UNANSWERED_SHOWN = 20;

    private final Supplier<Prompts> prompts;

    AdminFormat(Supplier<Prompts> prompts) {
        this.prompts = prompts;
    }

    Rich reload(ReloadReport report) {
        Prompts texts = prompts.get();
        String status = report.applied()
                ? texts.render("telegram/reload-applied", Map.of("articles", report.articles(),
                        "passages", report.passages(), "millis", report.took().toMillis()))
                : texts.render("telegram/reload-kept", Map.of("articles", report.articles()));
        String failed = report.failed().isEmpty() ? texts.text("telegram/none") : report.failed().stream()
                .map(failure -> "\n• " + Printable.brief(failure.document()) + ": " + Printable.line(failure.reason()))
                .collect(Collectors.joining());
        Rich reply = new Rich().bold(texts.text("telegram/reload-heading")).line().plain(texts.render("telegram/reload-report",
                Map.of("status", status, "added", files(report.added()), "changed", files(report.changed()),
                        "removed", files(report.removed()), "unchanged", files(report.unchanged()), "failed", failed)));
        if (!report.repaired().isEmpty()) {
            reply.line().plain(texts.render("telegram/reload-repaired", Map.of("repaired", report.repaired().stream()
                    .map(repair -> "\n• " + Printable.brief(repair.document()) + ": " + repair.reason())
                    .collect(Collectors.joining()))));
        }
        return reply;
    }

    Rich stats(BotStats stats, int articles, Instant now) {
        Prompts texts = prompts.get();
        BotStats.Reload reload = stats.lastReload();
        String lastReload = reload == null ? texts.text("telegram/none") : texts.render("telegram/stats-reload",
                Map.of("at", WHEN.format(reload.at()), "articles", reload.report().articles(),
                        "failed", reload.report().failed().size()));
        return new Rich().bold(texts.text("telegram/stats-heading")).line().plain(texts.render("telegram/stats",
                Map.of("articles", articles, "questions", stats.questions(), "since", WHEN.format(stats.countedSince()),
                        "unanswered", stats.unanswered(), "p50", millis(stats.percentile(0.50)),
                        "p95", millis(stats.percentile(0.95)), "uptime", duration(stats.uptime(now)),
                        "reload", lastReload)));
    }

    /** The most asked of the unanswered questions, and how to get them all. */
    Rich unanswered(List<UnansweredQuestion> questions) {
        Prompts texts = prompts.get();
        if (questions.isEmpty()) {
            return Rich.of(texts.text("telegram/unanswered-none"));
        }
        Rich reply = new Rich().bold(texts.render("telegram/unanswered-heading", Map.of("count", questions.size())));
        for (UnansweredQuestion question : questions.subList(0, Math.min(UNANSWERED_SHOWN, questions.size()))) {
            reply.line().plain("• " + Printable.line(question.question()) + " ").italic(texts.render(
                    "telegram/unanswered-asked", Map.of("count", question.count(), "last", WHEN.format(question.lastAsked()))));
        }
        return reply.paragraph().plain(texts.render("telegram/unanswered-csv-hint", Map.of("count", questions.size())));
    }

    String unansweredCaption(int count) {
        return prompts.get().render("telegram/unanswered-csv-caption", Map.of("count", count));
    }

    private String files(List<String> documents) {
        return documents.isEmpty() ? prompts.get().text("telegram/none") : String.join(", ",
                documents.stream().map(Printable::brief).toList());
    }

    private String millis(long value) {
        return value < 0 ? prompts.get().text("telegram/none") : value + " ms";
    }

    /** "3d 04:05:06": days, then hours, minutes and seconds. */
    private static String duration(Duration uptime) {
        long seconds = uptime.getSeconds();
        String clock = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return seconds >= 86_400 ? seconds / 86_400 + "d " + clock : clock;
    }
}
