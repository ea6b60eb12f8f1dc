package org.newsdesk.llm.grounding;

/**
 * One way an answer is not grounded.
 *
 * @param detail what is wrong, quoted from the answer (a citation number, a figure, a phrase, a sentence)
 */
public record Problem(Kind kind, String detail) {

    public enum Kind {
        /** cites a passage number that was not given */
        UNKNOWN_CITATION,
        /** cites nothing at all */
        NO_CITATION,
        /** a figure that no cited passage contains */
        UNSUPPORTED_FIGURE,
        /** a quoted phrase that no cited passage contains */
        UNSUPPORTED_QUOTE,
        /** a name that none of the passages mentions */
        UNKNOWN_NAME,
        /** restates a reported claim as fact */
        LOST_ATTRIBUTION,
        /** repeats the instructions it was given */
        REVEALS_PROMPT,
        /** cites a passage without quoting the words it rests on */
        MISSING_SUPPORT,
        /** quotes, as the words it rests on, words its passage does not contain */
        SUPPORT_NOT_IN_PASSAGE,
        /** a name that the words it rests on do not give */
        NAME_NOT_IN_SPAN,
        /** a figure or date that counts or dates something else in its passage */
        MOVED_FIGURE,
        /** gives someone's role (who did what to whom, for or against whom) to another */
        SWAPPED_ROLE,
        /** turns a direction round ("from P to Q" made "from Q to P") */
        REVERSED_DIRECTION,
        /** adds a negation its passage lacks, or drops one */
        CHANGED_NEGATION,
        /** says the opposite of its passage with an opposite word ("rejected" for "approved") */
        OPPOSITE_MEANING,
        /** drops or adds a hedge ("may", "could"), or makes an accusation a verdict */
        CHANGED_MODALITY
    }
}
