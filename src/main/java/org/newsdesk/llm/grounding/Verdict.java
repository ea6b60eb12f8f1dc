package org.newsdesk.llm.grounding;

import java.util.List;

/** The outcome of checking an answer: grounded when there are no problems. */
public record Verdict(List<Problem> problems) {

    public Verdict {
        problems = List.copyOf(problems);
    }

    public boolean grounded() {
        return problems.isEmpty();
    }
}
