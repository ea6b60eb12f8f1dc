package org.newsdesk.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.knowledge.LoadFailure;
import org.newsdesk.text.Printable;

/**
 * What a reload did, by file name.
 *
 * @param applied  false when nothing loaded and the previous snapshot was kept
 * @param embedded articles whose passages this process embedded (the rest came from the cache)
 * @param repaired articles whose cached embeddings were damaged, and were embedded again
 */
public record ReloadReport(List<String> added, List<String> changed, List<String> unchanged, List<String> removed,
                           List<LoadFailure> failed, List<CacheRepair> repaired, boolean applied, int articles,
                           int passages, int embedded, Duration took) {

    public ReloadReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        failed = List.copyOf(failed);
        repaired = List.copyOf(repaired);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }

    /** The report as plain text lines, for the console and logs; names and reasons are escaped ({@link Printable}). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(applied
                ? "Loaded " + articles + " article(s), " + passages + " passages in " + took.toMillis() + " ms"
                        + " (" + embedded + " embedded, " + (articles - embedded) + " from cache)."
                : "Nothing loaded; the previous knowledge stays in use (" + articles + " article(s)).");
        addGroup(lines, "added", added);
        addGroup(lines, "changed", changed);
        addGroup(lines, "unchanged", unchanged);
        addGroup(lines, "removed", removed);
        if (!repaired.isEmpty()) {
            lines.add("repaired (" + repaired.size() + "): " + String.join(", ", repaired.stream()
                    .map(repair -> Printable.brief(repair.document()) + " (" + repair.reason() + ")").toList())
                    + "; their cached embeddings were damaged and were computed again");
        }
        if (!failed.isEmpty()) {
            lines.add("failed (" + failed.size() + "):");
            failed.forEach(failure -> lines.add("  " + Printable.brief(failure.document()) + ": "
                    + Printable.line(failure.reason())));
        }
        return lines;
    }

    private static void addGroup(List<String> lines, String label, List<String> documents) {
        if (!documents.isEmpty()) {
            lines.add(label + " (" + documents.size() + "): "
                    + String.join(", ", documents.stream().map(Printable::brief).toList()));
        }
    }
}
