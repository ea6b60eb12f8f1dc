package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.desk.Desk;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.index.Progress;

/**
 * The offline answer latency of {@code bench} at 1,000 articles and nothing else, several runs in one
 * JVM, for comparing two builds side by side without the quarter hour of the full bench. Articles and
 * their embeddings stay in the work folder between invocations, so only the first run embeds. Uses only
 * what every build has, so the same compiled class runs against an older jar:
 * {@code java -cp OLD.jar:target/test-classes org.newsdesk.bench.AnswerLatencyProbe WORK [runs]}.
 */
public final class AnswerLatencyProbe {

    private static final int ARTICLES = 1_000;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/latency-probe");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = work.resolve("articles");
        if (!Files.isDirectory(folder)) {
            Corpus.write(folder, ARTICLES);
        }
        Desk desk = Desk.open(folder, Path.of("prompts"), work.resolve("data"), InProcessEmbeddings.DEFAULT.load());
        desk.reload(Progress.NONE);
        BenchPlan plan = BenchPlan.STANDARD;
        List<SyntheticNews.Probe> warmUp = SyntheticNews.probes(plan.questions(), plan.questions() + plan.warmUp(),
                ARTICLES);
        List<SyntheticNews.Probe> timed = SyntheticNews.probes(0, plan.questions(), ARTICLES);
        Answerer answerer = desk.extractive();
        List<Latencies> all = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            warmUp.forEach(probe -> answerer.answer(Question.of(probe.text())));
            long[] nanos = new long[timed.size()];
            int found = 0;
            int declined = 0;
            for (int i = 0; i < timed.size(); i++) {
                SyntheticNews.Probe probe = timed.get(i);
                // 400 distinct questions cycle through the 256 remembered query vectors: every one is embedded
                Question question = Question.of(probe.text());
                long started = System.nanoTime();
                Answer answer = answerer.answer(question);
                nanos[i] = System.nanoTime() - started;
                String text = answer.text().toLowerCase(Locale.ROOT);
                found += probe.answerable() && answer.answerable()
                        && text.contains(probe.expect().toLowerCase(Locale.ROOT)) ? 1 : 0;
                declined += !probe.answerable() && !answer.answerable() ? 1 : 0;
            }
            Latencies latencies = Latencies.ofNanos(nanos);
            all.add(latencies);
            System.out.printf(Locale.ROOT, "run %d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " right phrase %d, declined %d of %d questions%n", run + 1, latencies.p50(),
                    latencies.p95(), latencies.p99(), latencies.max(), found, declined, timed.size());
        }
        System.out.printf(Locale.ROOT, "median of %d runs: p50 %.2f ms, p99 %.2f ms%n", runs,
                Latencies.median(all, Latencies::p50), Latencies.median(all, Latencies::p99));
        System.exit(0);
    }
}
