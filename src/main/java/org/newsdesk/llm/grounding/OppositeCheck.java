package org.newsdesk.llm.grounding;

/** A clause says what the clause it restates says, not its opposite ({@link Opposites}). */
final class OppositeCheck {

    private OppositeCheck() {
    }

    /**
     * A word put in the place of its opposite ("rejected" for "approved", "acquitted" for "convicted"): the
     * clause says a word its restated clause lacks, whose opposite, as the same part of speech, that clause
     * says and this one does not. (Across parts of speech, "started" against "a halt" was a faithful
     * "started ..., ending a stoppage".) The opposite negated on one side only restates it: "did not accept"
     * is "rejected"; negated on both sides or neither, it is the other meaning.
     */
    static boolean opposes(Clause clause, Clause restated) {
        for (Token word : clause.words()) {
            if (word.content() && !restated.content().contains(word.stem()) && restated.words().stream()
                    .anyMatch(other -> other.tag().equals(word.tag()) && !clause.content().contains(other.stem())
                            && Opposites.opposite(word.stem(), other.stem())
                            && clause.negated().contains(word.stem()) == restated.negated().contains(other.stem()))) {
                return true;
            }
        }
        return false;
    }
}
