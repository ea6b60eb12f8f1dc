package org.newsdesk.layout;

import java.util.List;
import org.newsdesk.facts.CoverageSummary;

/**
 * A summary of the coverage as a reader reads it: either the articles' own sentences, in runs of one
 * article each followed by its mark, with the articles named once after them; or a written text citing
 * passages as [1], [2], with each article named once and those passages under it.
 *
 * @param text    the written summary with its marks, or empty when the runs are the summary
 * @param runs    the quoted sentences, when the summary is quoted
 * @param sources the articles, each once: only named for a quoted summary, with the cited passages for a
 *                written one
 */
public record CitedSummary(String text, List<QuotedRun> runs, List<SourceNote> sources) {

    public CitedSummary {
        runs = List.copyOf(runs);
        sources = List.copyOf(sources);
    }

    public static CitedSummary of(CoverageSummary summary) {
        if (summary.written()) {
            return new CitedSummary(summary.text(), List.of(),
                    SourceNotes.grouped(summary.quotes(), summary.text()::contains));
        }
        Footnotes notes = new Footnotes();
        List<QuotedRun> runs = QuotedRun.of(summary.quotes(), notes);
        return new CitedSummary("", runs, SourceNotes.named(notes.articles()));
    }

    public boolean written() {
        return !text.isEmpty();
    }

    /** A written summary cites passages; a quoted one marks each run with its article. */
    public Marks marks() {
        return written() ? Marks.PASSAGES : Marks.ARTICLES;
    }
}
