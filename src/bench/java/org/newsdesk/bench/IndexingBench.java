package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.Embedder;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;

/**
 * Indexing from scratch at growing sizes (articles per second, memory held), then, at the size the
 * answers are measured on, a reload after one article changed and a start on a warm index.
 */
record IndexingBench(Embedder embedder, Path prompts, Path work, Report report) {

    /** The desk the answers are measured on, its folder and its last reload. */
    record Loaded(Desk desk, Corpus corpus, ReloadReport report) {
    }

    Loaded run(BenchPlan plan) throws IOException {
        report.section("Indexing from scratch (" + embedder.id() + ")");
        List<List<String>> rows = new ArrayList<>();
        Loaded kept = null;
        for (int size : plan.indexSizes()) {
            Corpus corpus = Corpus.write(work.resolve("articles-" + size), size);
            Desk desk = Desk.open(corpus.folder(), prompts, work.resolve("data-" + size), embedder);
            ReloadReport loaded = desk.reload(Progress.NONE);
            double seconds = loaded.took().toNanos() / 1e9;
            rows.add(List.of(String.format("%,d", size), String.format("%,d", loaded.passages()),
                    String.format("%.1f", seconds), String.format("%.1f", size / seconds),
                    String.format("%.0f", loaded.passages() / seconds), String.format("%.0f", Memory.liveHeapMb()),
                    Memory.mb(Memory.residentKb(ProcessHandle.current().pid()))));
            if (size == plan.answerArticles()) {
                kept = new Loaded(desk, corpus, loaded);
            }
        }
        report.table(List.of("articles", "passages", "seconds", "articles/s", "passages/s", "live heap MB",
                "process RSS MB"), rows);
        report.note("Live heap is measured after a full GC with the index of that size (and the one answers are"
                + " measured on) loaded; RSS includes the embedding model and the JIT.");
        return reloads(kept);
    }

    private Loaded reloads(Loaded loaded) throws IOException {
        int size = loaded.corpus().stories();
        loaded.corpus().amendOneStory();
        ReloadReport incremental = loaded.desk().reload(Progress.NONE);
        Desk fresh = Desk.open(loaded.corpus().folder(), prompts, work.resolve("data-" + size), embedder);
        ReloadReport warm = fresh.reload(Progress.NONE);
        report.section("Reloads at " + String.format("%,d", size) + " articles");
        report.table(List.of("reload", "articles re-embedded", "changed", "ms"), List.of(
                List.of("one article changed", Integer.toString(incremental.embedded()),
                        String.join(", ", incremental.changed()), Report.ms(incremental.took().toNanos() / 1e6)),
                List.of("fresh desk, warm cache (same JVM)", Integer.toString(warm.embedded()), "-",
                        Report.ms(warm.took().toNanos() / 1e6))));
        report.note(incremental.embedded() == 1 && incremental.changed().size() == 1
                ? "Only the changed article was embedded again."
                : "UNEXPECTED: the reload after one change embedded " + incremental.embedded() + " articles.");
        return new Loaded(loaded.desk(), loaded.corpus(), incremental);
    }
}
