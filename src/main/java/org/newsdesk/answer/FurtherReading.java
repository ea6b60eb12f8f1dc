package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.retrieval.Retrieval;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * What a reader may want after an answer, judged as the extractive answerer judges: the next best
 * sentences of the article it cites, and the other articles that cover the question too, each by its
 * best sentence. Always over the knowledge in use now, so an article gone since the answer gives nothing.
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
     * best first; empty when the article is no longer loaded or the question is refused.
     */
    public List<Source> moreFrom(Question question, String document, Collection<String> shown) {
        RetrievalChain chain = retrieval.chain();
        Optional<Article> article = chain.snapshot().article(document);
        Optional<Evidence> evidence = evidence(question, chain.snapshot());
        if (article.isEmpty() || evidence.isEmpty()) {
            return List.of();
        }
        return chain.snapshot().passagesOf(article.get()).stream()
                .filter(passage -> !shown.contains(passage.text()))
                .map(evidence.get()::candidate)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(MORE_SENTENCES)
                .map(ExtractiveAnswerer::source)
                .toList();
    }

    /**
     * Other articles than the {@code cited} ones whose best sentence would answer the question on its own
     * (it clears the answer threshold), one sentence each, best first.
     */
    public List<Source> otherReports(Question question, Collection<String> cited) {
        RetrievalChain chain = retrieval.chain();
        Optional<Evidence> evidence = evidence(question, chain.snapshot());
        if (evidence.isEmpty()) {
            return List.of();
        }
        Map<Article, Candidate> best = new LinkedHashMap<>();
        for (Candidate candidate : answerer.rank(evidence.get(), chain)) {
            Passage passage = candidate.passage();
            if (!cited.contains(passage.document())) {
                best.putIfAbsent(passage.article(), candidate);
            }
        }
        List<Source> others = new ArrayList<>();
        for (Candidate candidate : best.values()) {
            if (others.size() < OTHER_REPORTS
                    && answerer.confidence(candidate, evidence.get()) >= Calibration.ANSWER_THRESHOLD) {
                others.add(ExtractiveAnswerer.source(candidate));
            }
        }
        return others;
    }

    private Optional<Evidence> evidence(Question question, Snapshot snapshot) {
        QuestionGuard.Checked checked = QuestionGuard.check(question.text());
        if (!checked.ok() || snapshot.isEmpty()) {
            return Optional.empty();
        }
        String query = FollowUps.retrievalText(checked.question(), question.earlier());
        return Optional.of(new Evidence(checked.question(), query, snapshot, retrieval.embeddings().of(query)));
    }
}
