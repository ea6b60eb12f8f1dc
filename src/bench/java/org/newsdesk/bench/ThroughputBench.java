package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;

/** Answers per second with one and with two threads asking at once, each question asked once. */
final class ThroughputBench {

    static final List<Integer> THREADS = List.of(1, 2);

    private final Report report;

    ThroughputBench(Report report) {
        this.report = report;
    }

    void run(BenchPlan plan, IndexingBench.Loaded loaded) throws InterruptedException, ExecutionException {
        int stories = loaded.corpus().stories();
        Answerer answerer = loaded.desk().extractive();
        List<List<String>> rows = new ArrayList<>();
        double single = 0;
        int next = plan.questions() + plan.warmUp();
        for (int threads : THREADS) {
            List<SyntheticNews.Probe> probes = SyntheticNews.probes(next, next + plan.throughputQuestions(), stories);
            next += plan.throughputQuestions();
            double perSecond = answersPerSecond(answerer, probes, threads);
            single = threads == 1 ? perSecond : single;
            rows.add(List.of(Integer.toString(threads), String.format("%.1f", perSecond),
                    Report.ratio(perSecond / single)));
        }
        report.section("Throughput, " + String.format("%,d", stories) + " articles loaded");
        report.table(List.of("threads", "answers/s", "vs 1 thread"), rows);
    }

    private static double answersPerSecond(Answerer answerer, List<SyntheticNews.Probe> probes, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger taken = new AtomicInteger();
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = taken.getAndIncrement(); i < probes.size(); i = taken.getAndIncrement()) {
                        answerer.answer(Question.of(probes.get(i).text()));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return probes.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
