package org.newsdesk.llm.grounding;

import java.util.List;

/** A noun phrase of a clause: where it starts and ends among the clause's words, and whom it speaks of. */
record NounPhrase(int start, int end, Participant who) {

    /** Whether a preposition stands right before it: "to Japan", "by a Dutch judge". */
    boolean objectOfPreposition(List<Token> words) {
        return start > 0 && words.get(start - 1).is("ADP");
    }

    /** Whether a verb follows it right away, whose subject it then is: "the court said". */
    boolean subjectOfVerbAfter(List<Token> words) {
        return end < words.size() && words.get(end).is("VERB", "AUX");
    }
}
