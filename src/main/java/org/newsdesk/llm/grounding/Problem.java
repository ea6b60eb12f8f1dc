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
        REVEALS_PROMPT
    }
}
