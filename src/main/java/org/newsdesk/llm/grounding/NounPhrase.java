package org.newsdesk.llm.grounding;

import java.util.List;

/** A noun phrase of a clause: where it starts and ends among the clause's words, and whom it speaks of. */
record NounPhrase(int start, int end, Participant who) {

    /**
     * Whether a preposition stands right before it: "to Japan", "by a Dutch judge"; or before the "no" that opens
     * it, which no phrase takes in (a negation of its own): "had at no time met", "in no way".
     */
    boolean objectOfPreposition(List<Token> words) {
        int before = start > 1 && words.get(start - 1).lower().equals("no") ? start - 2 : start - 1;
        return before >= 0 && words.get(before).is("ADP");
    }

    /** Whether a verb follows it right away, whose subject it then is: "the court said". */
    boolean subjectOfVerbAfter(List<Token> words) {
        return end < words.size() && words.get(end).is("VERB", "AUX");
    }
}
