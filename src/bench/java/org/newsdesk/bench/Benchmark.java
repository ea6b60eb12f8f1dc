package org.newsdesk.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.newsdesk.config.Schema;
import org.newsdesk.embedding.InProcessEmbedder;
import org.newsdesk.embedding.InProcessEmbeddings;

/**
 * Runs every measurement of a plan in one process, so that each comparison shares the machine's state
 * of the moment, and prints the results as Markdown on standard output.
 *
 * @param knowledge the seed knowledge folder, for the start-up and memory measurements
 * @param prompts   the prompts folder
 * @param work      an empty folder for generated articles, indexes and data folders
 */
public record Benchmark(InProcessEmbeddings model, Path knowledge, Path prompts, Path work) {

    /** How much to measure: a smoke run, the published figures, or those and 10,000 articles. */
    public enum Mode {
        QUICK(BenchPlan.QUICK), STANDARD(BenchPlan.STANDARD), LONG(BenchPlan.LONG);

        private final BenchPlan plan;

        Mode(BenchPlan plan) {
            this.plan = plan;
        }
    }

    public void run(Mode mode, PrintStream out) throws Exception {
        run(mode.plan, out);
    }

    void run(BenchPlan plan, PrintStream out) throws Exception {
        Report report = new Report(out);
        report.note("# Newsdesk bench (" + plan.name() + ", "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC)");
        report.note(String.format("%d cores, Java %s, max heap %.0f MB, load average %.1f at start.",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        long started = System.nanoTime();
        InProcessEmbedder embedder = model.load();
        report.note(String.format("Embedding model %s loaded in %.1f s.", embedder.id(),
                (System.nanoTime() - started) / 1e9));

        IndexingBench.Loaded loaded = new IndexingBench(embedder, prompts, work, report).run(plan);
        new LatencyBench(report).run(plan, loaded, embedder.id());
        new MetricsOverheadBench(report).run(plan, loaded);
        new ThroughputBench(report).run(plan, loaded);
        new TelegramBench(report).run(plan, loaded);
        new ModelCheckBench(report).run(plan, loaded);
        new ParsingBench(report).run();
        if (plan.processRuns() == 0) {
            return;
        }
        if (Files.isDirectory(knowledge)) {
            SeedStartup seed = new SeedStartup(knowledge, prompts, work, Map.of(Schema.EMBEDDING_MODEL.key(), model.id()));
            AskStartupBench ask = new AskStartupBench(seed, report);
            List<ChildJvm> jvms = List.of(ChildJvm.DEFAULT);
            if (plan.compareJvmOptions()) {
                Path archive = work.resolve("newsdesk.jsa");
                ask.train(ChildJvm.archiving(archive));
                jvms = ChildJvm.choices(archive);
            }
            new BotStartupBench(seed, report).run(plan, jvms);
            ask.run(plan, jvms);
        } else {
            report.note("No knowledge folder at " + knowledge + ": start-up and memory not measured.");
        }
    }
}
