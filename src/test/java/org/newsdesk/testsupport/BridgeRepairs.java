package org.newsdesk.testsupport;

import java.time.LocalDate;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;

/** One sentence of an AP article on bridge repairs, and the two answers the layout tests render from it. */
public final class BridgeRepairs {

    /** Published 1 October 2025: "Repairs on the bridge began on Monday." */
    public static final Source SENTENCE = new Source("bridge.md", "Bridge closes for repairs", "AP",
            LocalDate.of(2025, 10, 1), "Repairs on the bridge began on Monday.", 0.4);

    private BridgeRepairs() {
    }

    /** Declined (the articles do not say what the repairs cost), with the sentence as related reading. */
    public static Answer declined() {
        return new Answer("How much did the repairs cost?", "The articles do not say how much the repairs cost.",
                false, List.of(), List.of(SENTENCE), Mode.EXTRACTIVE, "", 3);
    }

    /** Answered by quoting the sentence, its only source. */
    public static Answer answered() {
        return new Answer("When did repairs begin?", SENTENCE.quote(), true, List.of(SENTENCE), Mode.EXTRACTIVE, "", 3);
    }
}
