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

    /**
     * Whether a verb follows it, whose subject it then is: right away ("the court said"), or, after a comma, past
     * the phrases set beside it by commas ("from Tonfield, its founder, Jonas Keller, said": the founder is the one
     * who said, not one more party after "from"; "from Italy, Spain and France" is still a list).
     */
    boolean subjectOfVerbAfter(List<Token> words) {
        int at = end;
        if (start > 0 && words.get(start - 1).lower().equals(",")) {
            while (at < words.size() && (words.get(at).lower().equals(",") || words.get(at).nominal()
                    || words.get(at).possessive())) {
                at++;
            }
        }
        return at < words.size() && words.get(at).is("VERB", "AUX");
    }
}
