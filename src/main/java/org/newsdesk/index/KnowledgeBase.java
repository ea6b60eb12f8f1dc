package org.newsdesk.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.FolderScan;
import org.newsdesk.knowledge.KnowledgeFolder;
import org.newsdesk.knowledge.LoadFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mutable thing at the core: the reference to the current snapshot. Reloads are serialised;
 * each builds a complete new snapshot and swaps it in atomically, so readers never see a partial one.
 */
public final class KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeFolder folder;
    private final Indexer indexer;
    private final Manifest manifest;
    private final IndexLock lock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());
    /** Documents and hashes of the knowledge in use, or of the previous run's before the first load. */
    private Map<String, String> loaded;

    /** @param dataFolder where the manifest of the last load is kept between runs */
    public KnowledgeBase(KnowledgeFolder folder, Indexer indexer, Path dataFolder) {
        this.folder = folder;
        this.indexer = indexer;
        this.manifest = new Manifest(dataFolder.resolve("manifest.json"));
        this.lock = new IndexLock(dataFolder);
    }

    public Snapshot current() {
        return current.get();
    }

    public Indexer indexer() {
        return indexer;
    }

    /**
     * Reads the knowledge folder and builds a new snapshot. Changes are reported against what this process
     * knew when the reload started (the previous run's manifest before the first load), so another process
     * writing the manifest meanwhile does not turn a first build into "unchanged".
     */
    public synchronized ReloadReport reload(Progress progress) {
        long started = System.nanoTime();
        Snapshot previous = current.get();
        Map<String, String> before = loaded != null ? loaded : manifest.read();
        FolderScan scan;
        try {
            scan = folder.scan();
        } catch (IOException e) {
            LoadFailure failure = new LoadFailure(folder.path().toString(), "cannot read the knowledge folder: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return kept(previous, List.of(failure), started);
        }
        if (scan.articles().isEmpty()) {
            return kept(previous, scan.failures(), started);
        }
        Map<String, String> after = hashes(scan.articles());
        Indexer.Indexed indexed = lock.holding(() -> {
            Indexer.Indexed built = indexer.build(scan.articles(), progress);
            manifest.write(after);
            return built;
        });
        current.set(indexed.snapshot());
        loaded = after;
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        after.forEach((document, hash) -> {
            String old = before.get(document);
            (old == null ? added : old.equals(hash) ? unchanged : changed).add(document);
        });
        List<String> removed = before.keySet().stream().filter(d -> !after.containsKey(d)).sorted().toList();
        ReloadReport report = new ReloadReport(added, changed, unchanged, removed, scan.failures(), indexed.repaired(),
                true, scan.articles().size(), indexed.snapshot().passages().size(), indexed.embeddedArticles(),
                since(started));
        LOG.info("Knowledge loaded: {} articles, {} passages, {} embedded, {} repaired, {} failed, {} ms",
                report.articles(), report.passages(), report.embedded(), report.repaired().size(),
                report.failed().size(), report.took().toMillis());
        return report;
    }

    private static ReloadReport kept(Snapshot previous, List<LoadFailure> failures, long started) {
        LOG.warn("Nothing loaded from the knowledge folder ({} failed); keeping the previous {} article(s)",
                failures.size(), previous.articles().size());
        return new ReloadReport(List.of(), List.of(), List.of(), List.of(), failures, List.of(), false,
                previous.articles().size(), previous.passages().size(), 0, since(started));
    }

    private static Map<String, String> hashes(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::document, Article::contentHash, (a, b) -> a,
                java.util.TreeMap::new));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
