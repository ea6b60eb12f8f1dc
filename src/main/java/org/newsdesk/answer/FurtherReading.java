package org.newsdesk.answer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.knowledge.Article;
import org.newsdesk.retrieval.Retrieval;

/**
 * What a reader may want after an answer, judged as the extractive answerer judges (its candidates and
 * its answer model): the next best sentences of the article it cites, and the other articles that cover
 * the question too, each by its best sentence. Always over the knowledge in use now, so an article gone
 * since the answer gives nothing.
 */
public final class FurtherReading {

    /** Sentences shown for "more from this article": about a screen on a phone. */
    static final int MORE_SENTENCES = 3;
    /** Other reports shown at most: one sentence each, the best covered first. */
    static final int OTHER_REPORTS = 3;

    private final ExtractiveAnswerer answerer;
    private final Retrieval retrieval;

    public FurtherReading(ExtractiveAnswerer answerer, Retrieval retrieval) {
        this.answerer = answerer;
        this.retrieval = retrieval;
    }

    /**
     * The sentences of {@code document} that best answer the question after those already {@code shown},
     * best first, among those the answerer would choose from; empty when the article is no longer loaded.
     */
    public List<Source> moreFrom(Question question, String document, Collection<String> shown) {
        return answerer.candidates(question, retrieval.chain()).stream()
                .filter(candidate -> candidate.passage().document().equals(document))
                .filter(candidate -> !shown.contains(candidate.passage().text()))
                .limit(MORE_SENTENCES)
                .map(ExtractiveAnswerer::source)
                .toList();
    }

    /**
     * Other articles than the {@code cited} ones whose best sentence would answer the question on its own,
     * one sentence each, best first.
     */
    public List<Source> otherReports(Question question, Collection<String> cited) {
        Map<Article, Candidate> best = new LinkedHashMap<>();
        for (Candidate candidate : answerer.candidates(question, retrieval.chain())) {
            if (!cited.contains(candidate.passage().document())) {
                best.putIfAbsent(candidate.passage().article(), candidate);
            }
        }
        return best.values().stream().filter(answerer::answers).limit(OTHER_REPORTS)
                .map(ExtractiveAnswerer::source).toList();
    }
}
