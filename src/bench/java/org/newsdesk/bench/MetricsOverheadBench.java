package org.newsdesk.bench;

import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.metrics.Metrics;

/**
 * What metrics cost an answer (target: under 2% of its latency), measured two ways. Side by side: each
 * question answered by the plain answerer and by the metered one, in alternating order, so drift in the
 * machine's load falls on both alike, after an untimed answer that leaves its embedding cached, so both
 * time retrieval and choice only (the smaller denominator: the share it gives is an upper bound). And directly: the metering alone, around an answerer that does
 * nothing, which the side-by-side difference cannot resolve when it is far below the noise.
 */
final class MetricsOverheadBench {

    /** Calls of the metering alone: enough for a stable nanosecond figure, a fraction of a second. */
    private static final int DIRECT_CALLS = 200_000;

    private final Report report;

    MetricsOverheadBench(Report report) {
        this.report = report;
    }

    void run(BenchPlan plan, IndexingBench.Loaded loaded) {
        int stories = loaded.corpus().stories();
        List<SyntheticNews.Probe> timed = SyntheticNews.probes(0, plan.questions(), stories);
        Answerer plain = loaded.desk().extractive();
        try (Metrics metrics = new Metrics()) {
            Answerer metered = metrics.metered(plain, Mode.EXTRACTIVE);
            timed.forEach(probe -> metered.answer(Question.of(probe.text())));
            long[] plainNanos = new long[timed.size()];
            long[] meteredNanos = new long[timed.size()];
            for (int i = 0; i < timed.size(); i++) {
                Question question = Question.of(timed.get(i).text());
                // once untimed, so both timed answers find the question's embedding cached (QueryEmbeddings)
                plain.answer(question);
                boolean meteredFirst = i % 2 == 0;
                long first = time(meteredFirst ? metered : plain, question);
                long second = time(meteredFirst ? plain : metered, question);
                plainNanos[i] = meteredFirst ? second : first;
                meteredNanos[i] = meteredFirst ? first : second;
            }
            Latencies without = Latencies.ofNanos(plainNanos);
            Latencies with = Latencies.ofNanos(meteredNanos);
            double directNanos = direct(metrics);

            report.section("Cost of metrics on answer latency, " + String.format("%,d", stories) + " articles loaded");
            report.table(List.of("answerer", "p50 ms", "p95 ms", "mean ms"), List.of(
                    List.of("plain", Report.ms(without.p50()), Report.ms(without.p95()), Report.ms(mean(plainNanos))),
                    List.of("metered", Report.ms(with.p50()), Report.ms(with.p95()), Report.ms(mean(meteredNanos)))));
            double sideBySide = (with.p50() - without.p50()) / without.p50() * 100;
            double direct = directNanos / 1e6 / without.p50() * 100;
            report.note(String.format("Side by side, %d questions each: p50 %+.2f%%. The metering alone: %.0f ns an"
                            + " answer, %.3f%% of the plain p50. Target under 2%%: %s.", timed.size(), sideBySide,
                    directNanos, direct, direct < 2 ? "met" : "MISSED"));
        }
    }

    /**
     * Nanoseconds the metering adds to one answer, around an answerer that returns at once: every other
     * answer declines, as that path also checks whether the question was refused.
     */
    private static double direct(Metrics metrics) {
        Answer answered = new Answer("q", "a", true, List.of(), Mode.EXTRACTIVE, "", 0);
        Answer declined = new Answer("q", "not covered", false, List.of(), Mode.EXTRACTIVE, "", 0);
        int[] calls = {0};
        Answerer metered = metrics.metered(question -> calls[0]++ % 2 == 0 ? answered : declined, Mode.EXTRACTIVE);
        Question question = Question.of("Which court wants the president arrested, and since when?");
        for (int i = 0; i < DIRECT_CALLS; i++) {
            metered.answer(question);
        }
        long started = System.nanoTime();
        for (int i = 0; i < DIRECT_CALLS; i++) {
            metered.answer(question);
        }
        return (System.nanoTime() - started) / (double) DIRECT_CALLS;
    }

    private static long time(Answerer answerer, Question question) {
        long started = System.nanoTime();
        answerer.answer(question);
        return System.nanoTime() - started;
    }

    private static double mean(long[] nanos) {
        double total = 0;
        for (long value : nanos) {
            total += value;
        }
        return total / nanos.length / 1e6;
    }
}
