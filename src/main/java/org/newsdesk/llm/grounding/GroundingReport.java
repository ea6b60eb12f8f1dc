package org.newsdesk.llm.grounding;

import java.util.List;

/** The problems found in a model's text by the grounding check: grounded when there are none. */
public record GroundingReport(List<Problem> problems) {

    public GroundingReport {
        problems = List.copyOf(problems);
    }

    public boolean grounded() {
        return problems.isEmpty();
    }
}
