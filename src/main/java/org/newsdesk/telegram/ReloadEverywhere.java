package org.newsdesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.store.Broadcasts;
import org.newsdesk.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator's /reload on every instance: the instance that got the command reloads and reports in
 * full, and meanwhile asks the others (through the store's {@link Broadcasts}) to reload too; each reports
 * back in brief (articles in use, files that failed, or why the reload failed) and the reply lists them.
 */
record ReloadEverywhere(Desk desk, BotStats stats, Broadcasts broadcasts, Clock clock) {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadEverywhere.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TOPIC = "reload";
    /** A reload of a large folder with new articles takes a while; an instance slower than this is named silent. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** What another instance reported: its reload's counts, or why it failed ({@code error} set). */
    record Brief(int articles, int failed, String error) {
    }

    /** Another instance's report, by name. */
    record Other(String instance, Brief brief) {
    }

    /** This instance's report (or the reason its reload failed), the others' and how many did not report. */
    record Outcome(ReloadReport report, String failure, List<Other> others, int silent) {
    }

    /** Reloads on this instance and the others, and from now on reloads here when another asks. */
    static ReloadEverywhere serving(Desk desk, BotStats stats, Broadcasts broadcasts, Clock clock) {
        ReloadEverywhere reloads = new ReloadEverywhere(desk, stats, broadcasts, clock);
        broadcasts.serve(TOPIC, reloads::reloadForAnother);
        return reloads;
    }

    /** Reloads here and on every other instance. */
    Outcome reload() {
        CompletableFuture<Broadcasts.Results> others = CompletableFuture.supplyAsync(
                () -> broadcasts.ask(TOPIC, PATIENCE));
        ReloadReport report = null;
        String failure = null;
        try {
            report = reloadHere();
        } catch (RuntimeException | StackOverflowError e) {
            failure = reason(e);
            LOG.warn("Reload failed: {}", failure);
            LOG.debug("Reload failure", e);
        }
        Broadcasts.Results results = others.join();
        List<Other> briefs = results.reports().stream().map(result -> new Other(result.instance(), read(result.text())))
                .toList();
        return new Outcome(report, failure, briefs, results.silent());
    }

    private ReloadReport reloadHere() {
        ReloadReport report = desk.reload(Progress.NONE);
        stats.reloaded(report, clock.instant());
        report.lines().forEach(line -> LOG.info("Reload: {}", line));
        return report;
    }

    /** Another instance asked: reload here and answer in brief. */
    private String reloadForAnother() {
        Brief brief;
        try {
            ReloadReport report = reloadHere();
            brief = new Brief(report.articles(), report.failed().size(), null);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Reload asked by another instance failed: {}", reason(e));
            brief = new Brief(0, 0, reason(e));
        }
        try {
            return JSON.writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a small record as JSON failed", e);
        }
    }

    private static Brief read(String text) {
        try {
            return JSON.readValue(text, Brief.class);
        } catch (JsonProcessingException e) {
            return new Brief(0, 0, Printable.brief(text));
        }
    }

    private static String reason(Throwable e) {
        return Printable.brief(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
