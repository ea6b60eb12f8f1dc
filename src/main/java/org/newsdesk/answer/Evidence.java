package org.newsdesk.answer;

import java.util.HashSet;
import java.util.Set;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;

/**
 * What one question is measured against, computed once per question: its vector, its words weighted
 * by rarity, the kind of thing it asks for, and the names it mentions that no article does.
 */
final class Evidence {

    private final String query;
    private final Snapshot snapshot;
    private final float[] vector;
    private final Set<String> terms;
    private final double termWeight;
    private final QuestionKind kind;
    private final int unknownSpecifics;

    /**
     * @param question the reader's question, checked
     * @param query    what to retrieve with: the question, or with the one before it for a follow-up
     */
    Evidence(String question, String query, Snapshot snapshot, float[] vector) {
        this.query = query;
        this.snapshot = snapshot;
        this.vector = vector;
        LexicalIndex lexical = snapshot.lexical();
        this.terms = lexical.terms(query);
        this.termWeight = terms.stream().mapToDouble(lexical::idf).sum();
        this.kind = QuestionKind.of(question);
        this.unknownSpecifics = Specifics.unknownIn(query, snapshot).size();
    }

    String query() {
        return query;
    }

    int unknownSpecifics() {
        return unknownSpecifics;
    }

    Candidate candidate(Passage passage) {
        double similarity = snapshot.similarity(vector, passage.index());
        double coverage = coverage(passage);
        boolean fits = kind.canBeAnsweredBy(passage.text());
        double score = similarity + Calibration.COVERAGE_WEIGHT * coverage + (fits ? Calibration.KIND_BONUS : 0);
        return new Candidate(passage, similarity, coverage, fits, score);
    }

    /** The mean score of the sentences of a passage's article: what an unremarkable sentence of it scores. */
    double articleMean(Passage passage) {
        double sum = 0;
        int count = 0;
        for (Passage other : snapshot.passagesOf(passage.article())) {
            sum += candidate(other).score();
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The share of the question's words, weighted by rarity, that the sentence (in its context) contains. */
    private double coverage(Passage passage) {
        if (termWeight == 0) {
            return 0;
        }
        LexicalIndex lexical = snapshot.lexical();
        Set<String> sentence = new HashSet<>(lexical.terms(passage.text()));
        passage.contexts().forEach(context -> sentence.addAll(lexical.terms(context)));
        return terms.stream().filter(sentence::contains).mapToDouble(lexical::idf).sum() / termWeight;
    }
}
