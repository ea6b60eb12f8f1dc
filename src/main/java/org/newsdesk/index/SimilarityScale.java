package org.newsdesk.index;

import java.util.Map;

/**
 * Where one embedding model's cosine similarities draw the lines that are not the answer model's (those
 * are fitted per model in the answerer): when two sentences say the same thing, and how far below the
 * best passage a report still answers. Each model spreads its similarities differently: between a
 * question and its twenty nearest sentences, e5-small-v2's fall mostly between 0.73 and 0.83, MiniLM's
 * between 0.03 and 0.53, so a line drawn for one means nothing on the other.
 *
 * <p>e5's lines were set on the dev corpus (see each component). MiniLM's are e5's carried to the same
 * quantile: over the 31,564 pairs of sentences from different articles in the tuning folders of the dev
 * corpus, as many pairs score at least 0.43 on MiniLM as score 0.85 on e5, and at least 0.53 as 0.87; and
 * among each tuning question's twenty nearest sentences MiniLM's similarities spread 5.3 times as wide
 * as e5's (interquartile range), so the margin is 5.3 times e5's.
 *
 * @param sameEvent       from this similarity two lead sentences report one event. e5: on the dev corpus
 *                        the pairs of one event score 0.879-0.940 and every other pair at most 0.822; this
 *                        is the middle of that gap. Held out (the fixtures in src/test/resources/facts/local
 *                        and the golden articles): the two reports of one fire score 0.882, other pairs at
 *                        most 0.809.
 * @param sameThing       from this similarity two sentences of different reports report the same thing.
 *                        e5: on the tuning half, sentences giving the same count in other reports were
 *                        0.879 to 0.930 from the best answer, while sentences of those reports about other
 *                        things (the missing, the evacuated, the rain) were at most 0.865.
 * @param answersNearly   "the latest report": the reports that answer a question are those whose best
 *                        sentence scores within this of the best sentence of all
 */
public record SimilarityScale(double sameEvent, double sameThing, double answersNearly) {

    public static final SimilarityScale E5_SMALL_V2_Q = new SimilarityScale(0.85, 0.87, 0.05);
    public static final SimilarityScale MINILM_L6_V2_Q = new SimilarityScale(0.43, 0.53, 0.26);

    /** By the id of the embedding model ({@link Embedder#id}). */
    private static final Map<String, SimilarityScale> BY_MODEL =
            Map.of("e5-small-v2-q", E5_SMALL_V2_Q, "all-minilm-l6-v2-q", MINILM_L6_V2_Q);

    /** The lines for this embedding model; e5's for a model none were set for. */
    public static SimilarityScale of(String embeddingModel) {
        return BY_MODEL.getOrDefault(embeddingModel, E5_SMALL_V2_Q);
    }
}
