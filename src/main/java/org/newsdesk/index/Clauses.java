package org.newsdesk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pieces of a long sentence, each embedded on its own. A sentence of news copy often packs several facts
 * ("… sold for 26,000 guineas (£27,300) at the annual ram sale in Rothbury on Wednesday, the highest price the
 * mart has ever taken"), and its one embedding is far from a short question about any one of them; the piece
 * that holds the fact is close. The pieces are cut at commas, semicolons, colons and dashes, and joined again
 * until each is long enough to say something. Only the answer model weighs them ({@link Snapshot#closestSimilarity}):
 * which passages are retrieved, and how close two reports' sentences are, stay measured on whole sentences.
 */
final class Clauses {

    /**
     * A sentence of fewer words is one fact, or near enough. With {@link #MIN_PIECE}, chosen on the dev corpus's
     * tuning halves (QUALITY.md, twenty-first round): 25 and 8 answered two fewer of its 2,572 questions with a third
     * fewer pieces to embed, and took the other embedding model under its floor for qualified questions
     * ({@code AnswerModelTuningTest}); 30 and 10 eight fewer.
     */
    static final int LONG_SENTENCE = 20;
    /** A piece has at least this many words; a shorter one joins the piece after it (the last joins the one before). */
    static final int MIN_PIECE = 6;

    private static final Pattern CUT = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[—–]\\s)");
    private static final Pattern WORD_GAP = Pattern.compile("\\s+");

    private Clauses() {
    }

    /** The pieces of a long sentence, in order; none for a short sentence or one that does not come apart. */
    static List<String> of(String sentence) {
        String text = sentence.strip();
        if (words(text) < LONG_SENTENCE) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String part : CUT.split(text)) {
            piece.append(piece.isEmpty() ? "" : " ").append(part);
            if (words(piece) >= MIN_PIECE) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (!piece.isEmpty() && !pieces.isEmpty()) {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " " + piece);
        }
        return pieces.size() < 2 ? List.of() : List.copyOf(pieces);
    }

    private static int words(CharSequence text) {
        return WORD_GAP.split(text).length;
    }
}
