package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.llm.grounding.Problem.Kind;

class NameCheckTest {

    private static final String ELSEWHERE = "Karl Moser was convicted of fraud in Vienna. Cepa said the strike was illegal.";

    @Test
    void should_report_a_name_shown_elsewhere_but_not_in_the_support() {
        assertThat(problems("Cepa rejected the claim.", "The union rejected the claim."))
                .containsExactly(new Problem(Kind.NAME_NOT_IN_SPAN, "Cepa"));
    }

    @Test
    void should_take_a_name_for_the_pronoun_in_its_role() {
        assertThat(problems("Karl Moser will appeal to the Supreme Court.", "He will appeal to the Supreme Court."))
                .isEmpty();
    }

    @Test
    void should_leave_a_name_never_shown_to_the_check_of_unknown_names_and_take_the_publisher() {
        assertThat(problems("Olga Berg rejected the claim.", "The union rejected the claim.")).isEmpty();
        assertThat(problems("According to Newsdesk, the union rejected the claim.", "The union rejected the claim."))
                .isEmpty();
    }

    private static List<Problem> problems(String claim, String support) {
        ClaimPair pair = ClaimPair.of(claim, support);
        List<GivenPassage> cited = List.of(new GivenPassage(1, support, "A made-up article", "Newsdesk", "2026-01-01"));
        return NameCheck.problems(claim, pair.said(), support, pair.source(), support + "\n" + ELSEWHERE, cited);
    }
}
