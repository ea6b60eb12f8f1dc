package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    void should_compare_a_clause_that_shares_no_word_with_the_clause_negated_as_it_is() {
        // given "hurt" for "injured": the second clause shares no content word with either clause of the support
        ClaimPair pair = ClaimPair.of("The stadium was closed for a week after the fire, though nobody was hurt.",
                "A fire shut down the stadium for seven days, but no one was injured.");
        Clause unhurt = pair.said().clauses.get(1);

        // when
        Clause restated = pair.source().restated(unhurt);

        // then
        assertThat(restated).isEqualTo(pair.source().clauses.get(1));
        assertThat(NegationCheck.changes(unhurt, restated, pair.source())).isFalse();
    }

    @Test
    void should_still_see_a_negation_added_to_a_clause_that_shares_no_word() {
        // given a support with no negated clause
        ClaimPair pair = ClaimPair.of("The stadium was closed for a week after the fire, though nobody was hurt.",
                "A fire shut down the stadium for seven days, but two workers were injured.");
        Clause unhurt = pair.said().clauses.get(1);

        // when / then
        assertThat(NegationCheck.changes(unhurt, pair.source().restated(unhurt), pair.source())).isTrue();
    }
}
