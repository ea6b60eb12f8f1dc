package org.newsdesk.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.prompts.Messages;
import org.newsdesk.store.QuotedSource;
import org.newsdesk.store.RatedAnswer;
import org.newsdesk.store.UnansweredQuestion;
import org.newsdesk.text.Printable;

/** Replies to the administrators' commands: the reload report, the statistics, the unanswered questions. */
final class AdminFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The most asked questions shown in a reply; the CSV file has them all. */
    static final int UNANSWERED_SHOWN = 20;
    /** The most flagged answers shown in a reply, each with its quotes; the CSV file has them all. */
    static final int FLAGGED_SHOWN = 10;

    private final Supplier<Messages> messages;

    AdminFormat(Supplier<Messages> messages) {
        this.messages = messages;
    }

    /** The reply to /reload with what the other instances reported (nothing added when there are none). */
    Rich otherInstances(Locale locale, Rich reply, List<ReloadEverywhere.Other> others, int silent) {
        if (others.isEmpty() && silent == 0) {
            return reply;
        }
        Messages texts = messages.get();
        StringBuilder lines = new StringBuilder();
        for (ReloadEverywhere.Other other : others) {
            String instance = Printable.brief(other.instance());
            lines.append(other.brief().error() != null
                    ? texts.text(locale, "admin.reload-instance-failed", Map.of("instance", instance,
                            "reason", Printable.brief(other.brief().error())))
                    : texts.text(locale, "admin.reload-instance", Map.of("instance", instance,
                            "articles", other.brief().articles(), "failed", other.brief().failed())));
        }
        if (silent > 0) {
            lines.append(texts.text(locale, "admin.reload-silent", Map.of("count", silent)));
        }
        return reply.line().line().bold(texts.text(locale, "admin.reload-others")).plain(lines.toString());
    }

    Rich reload(Locale locale, ReloadReport report) {
        Messages texts = messages.get();
        String status = report.applied()
                ? texts.text(locale, "admin.reload-applied", Map.of("articles", report.articles(),
                        "passages", report.passages(), "millis", report.took().toMillis()))
                : texts.text(locale, "admin.reload-kept", Map.of("articles", report.articles()));
        String failed = report.failed().isEmpty() ? none(locale) : report.failed().stream()
                .map(failure -> "\n• " + Printable.brief(failure.document()) + ": " + Printable.line(failure.reason()))
                .collect(Collectors.joining());
        Rich reply = new Rich().bold(texts.text(locale, "admin.reload-heading")).line().plain(texts.text(locale,
                "admin.reload-report", Map.of("status", status, "added", files(locale, report.added()),
                        "changed", files(locale, report.changed()), "removed", files(locale, report.removed()),
                        "unchanged", files(locale, report.unchanged()), "failed", failed)));
        if (!report.repaired().isEmpty()) {
            reply.line().plain(texts.text(locale, "admin.reload-repaired", Map.of("repaired", report.repaired().stream()
                    .map(repair -> "\n• " + Printable.brief(repair.document()) + ": " + repair.reason())
                    .collect(Collectors.joining()))));
        }
        return reply;
    }

    Rich stats(Locale locale, BotStats stats, int articles, Instant now) {
        Messages texts = messages.get();
        BotStats.Reload reload = stats.lastReload();
        String lastReload = reload == null ? none(locale) : texts.text(locale, "admin.stats-reload",
                Map.of("at", WHEN.format(reload.at()), "articles", reload.report().articles(),
                        "failed", reload.report().failed().size()));
        return new Rich().bold(texts.text(locale, "admin.stats-heading")).line().plain(texts.text(locale,
                "admin.stats", Map.of("articles", articles, "questions", stats.questions(),
                        "since", WHEN.format(stats.countedSince()),
                        "unanswered", stats.unanswered(), "p50", millis(locale, stats.percentile(0.50)),
                        "p95", millis(locale, stats.percentile(0.95)), "uptime", duration(stats.uptime(now)),
                        "reload", lastReload)));
    }

    /** The most asked of the unanswered questions, and how to get them all. */
    Rich unanswered(Locale locale, List<UnansweredQuestion> questions) {
        return listing(locale, "unanswered", questions, UNANSWERED_SHOWN, (reply, question) -> reply.line()
                .plain("• " + Printable.line(question.question()) + " ").italic(messages.get().text(locale,
                        "admin.unanswered-asked", Map.of("count", question.count(), "last",
                                WHEN.format(question.lastAsked())))));
    }

    String unansweredCaption(Locale locale, int count) {
        return messages.get().text(locale, "admin.unanswered-csv-caption", Map.of("count", count));
    }

    /**
     * The answers readers flagged, most often first: each question with its counts, then what the answer
     * quoted (or said, when it quoted nothing); and how to get them all.
     */
    Rich feedback(Locale locale, List<RatedAnswer> flagged) {
        return listing(locale, "feedback", flagged, FLAGGED_SHOWN, (reply, rated) -> {
            reply.paragraph().plain("• " + Printable.line(rated.answer().question()) + " ").italic(messages.get()
                    .text(locale, "admin.feedback-counts", Map.of("notHelpful", rated.notHelpful(), "helpful",
                            rated.helpful(), "last", WHEN.format(rated.lastRated()))));
            if (rated.answer().sources().isEmpty()) {
                reply.line().plain("  " + Printable.brief(rated.answer().answer()));
            }
            for (QuotedSource source : rated.answer().sources()) {
                reply.line().plain("  “" + Printable.brief(source.quote()) + "” — " + Printable.brief(source.title()));
            }
        });
    }

    /**
     * An administrator's list ({@code admin.<list>-...} messages): a line saying there is none, or a heading
     * with the count, the first {@code shown} items, and how to get them all as a CSV file.
     */
    private <T> Rich listing(Locale locale, String list, List<T> items, int shown, BiConsumer<Rich, T> item) {
        Messages texts = messages.get();
        if (items.isEmpty()) {
            return Rich.of(texts.text(locale, "admin." + list + "-none"));
        }
        Rich reply = new Rich().bold(texts.text(locale, "admin." + list + "-heading", Map.of("count", items.size())));
        items.subList(0, Math.min(shown, items.size())).forEach(one -> item.accept(reply, one));
        return reply.paragraph().plain(texts.text(locale, "admin." + list + "-csv-hint", Map.of("count", items.size())));
    }

    String feedbackCaption(Locale locale, int count) {
        return messages.get().text(locale, "admin.feedback-csv-caption", Map.of("count", count));
    }

    private String files(Locale locale, List<String> documents) {
        return documents.isEmpty() ? none(locale) : String.join(", ",
                documents.stream().map(Printable::brief).toList());
    }

    private String millis(Locale locale, long value) {
        return value < 0 ? none(locale) : value + " ms";
    }

    private String none(Locale locale) {
        return messages.get().text(locale, "admin.none");
    }

    /** "3d 04:05:06": days, then hours, minutes and seconds. */
    private static String duration(Duration uptime) {
        long seconds = uptime.getSeconds();
        String clock = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return seconds >= 86_400 ? seconds / 86_400 + "d " + clock : clock;
    }
}
