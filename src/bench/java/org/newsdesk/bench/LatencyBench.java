package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;

/**
 * Offline answer latency, one question after another: Newsdesk's extractive answerer beside the
 * tutorial pipeline, on the same articles and the same questions, in the same process.
 */
final class LatencyBench {

    /** How one pipeline did: its timings and how many answers quoted the right phrase. */
    record Outcome(String pipeline, Latencies latencies, int found, int answerable, int declined, int unanswerable) {
    }

    private static final int TARGET_ARTICLES = 1_000;

    private final Report report;

    LatencyBench(Report report) {
        this.report = report;
    }

    /** @param model the id of the embedding model Newsdesk runs on */
    void run(BenchPlan plan, IndexingBench.Loaded loaded, String model) {
        int stories = loaded.corpus().stories();
        List<SyntheticNews.Probe> warmUp = SyntheticNews.probes(plan.questions(), plan.questions() + plan.warmUp(),
                stories);
        List<SyntheticNews.Probe> timed = SyntheticNews.probes(0, plan.questions(), stories);
        Answerer answerer = loaded.desk().extractive();
        Outcome ours = measure("Newsdesk (" + model + ", hybrid retrieval, extractive)", warmUp, timed, question -> {
            Answer answer = answerer.answer(Question.of(question));
            return new Reply(answer.answerable(), answer.text());
        });

        long started = System.nanoTime();
        ReferencePipeline reference = ReferencePipeline.ingest(loaded.corpus().folder());
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        Outcome theirs = measure("Tutorial (all-MiniLM-L6-v2, in-memory store, top " + ReferencePipeline.TOP + ")",
                warmUp, timed, question -> new Reply(true, reference.answer(question)));

        report.section("Offline answer latency, " + String.format("%,d", stories) + " articles loaded");
        List<List<String>> rows = new ArrayList<>();
        for (Outcome outcome : List.of(ours, theirs)) {
            Latencies l = outcome.latencies();
            rows.add(List.of(outcome.pipeline(), Report.ms(l.p50()), Report.ms(l.p95()), Report.ms(l.p99()),
                    Report.ms(l.max()), Report.percent(outcome.found(), outcome.answerable()),
                    Report.percent(outcome.declined(), outcome.unanswerable())));
        }
        report.table(List.of("pipeline", "p50 ms", "p95 ms", "p99 ms", "max ms", "right phrase quoted",
                "unanswerable declined"), rows);
        report.note(String.format("Newsdesk / tutorial: p50 %s, p99 %s. %d questions timed after %d warm-up"
                        + " questions; the tutorial ingested %,d segments in %.1f s.",
                Report.ratio(ours.latencies().p50() / theirs.latencies().p50()),
                Report.ratio(ours.latencies().p99() / theirs.latencies().p99()), timed.size(), warmUp.size(),
                reference.segments(), ingestSeconds));
        report.note(stories < TARGET_ARTICLES ? "The targets are stated at 1,000 articles: run without --quick."
                : String.format("Targets at 1,000 articles: p50 <= 10 ms (%s), p99 <= 50 ms (%s).",
                        verdict(ours.latencies().p50() <= 10), verdict(ours.latencies().p99() <= 50)));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /** What a pipeline said: whether it answered, and the text. */
    private record Reply(boolean answered, String text) {
    }

    /** Something that answers a question. */
    @FunctionalInterface
    private interface Pipeline {
        Reply answer(String question);
    }

    private static Outcome measure(String name, List<SyntheticNews.Probe> warmUp, List<SyntheticNews.Probe> timed,
                                   Pipeline pipeline) {
        warmUp.forEach(probe -> pipeline.answer(probe.text()));
        long[] nanos = new long[timed.size()];
        int found = 0;
        int answerable = 0;
        int declined = 0;
        for (int i = 0; i < timed.size(); i++) {
            SyntheticNews.Probe probe = timed.get(i);
            long started = System.nanoTime();
            Reply reply = pipeline.answer(probe.text());
            nanos[i] = System.nanoTime() - started;
            String text = reply.text().toLowerCase(Locale.ROOT);
            if (probe.answerable()) {
                answerable++;
                found += reply.answered() && text.contains(probe.expect().toLowerCase(Locale.ROOT)) ? 1 : 0;
            } else {
                declined += reply.answered() ? 0 : 1;
            }
        }
        return new Outcome(name, Latencies.ofNanos(nanos), found, answerable, declined, timed.size() - answerable);
    }
}
