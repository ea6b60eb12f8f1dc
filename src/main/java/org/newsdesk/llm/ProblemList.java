package org.newsdesk.llm;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem;
import org.newsdesk.llm.grounding.GroundingReport;
import org.newsdesk.prompts.Prompts;

/** What is wrong with a draft, told to the model for its repair ({@code llm/problem/...}) and to the log. */
final class ProblemList {

    private ProblemList() {
    }

    /** One line per problem, from the template of its kind. */
    static String render(Prompts prompts, GroundingReport report, int passageCount) {
        return report.problems().stream()
                .map(problem -> prompts.render("llm/problem/" + templateName(problem.kind()), Map.of(
                        "detail", problem.detail(), "count", passageCount)))
                .collect(Collectors.joining("\n"));
    }

    /** The kinds of problem, for a log line that quotes nothing of the draft. */
    static String kinds(GroundingReport report) {
        return report.problems().stream().map(problem -> templateName(problem.kind())).distinct()
                .collect(Collectors.joining(", "));
    }

    private static String templateName(Problem.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
