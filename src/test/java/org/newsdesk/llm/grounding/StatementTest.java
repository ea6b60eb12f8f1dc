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

    @Test
    void should_take_the_clause_that_shares_the_verb_when_two_share_as_many_words() {
        // given a subject from one clause of the support and the predicate of the other
        ClaimPair pair = ClaimPair.of("His former chief of staff, Joana Rebelo, received a three-year suspended sentence.",
                "His former chief of staff, Joana Rebelo, was acquitted of money laundering, while the company's founder, "
                        + "Artur Seixas, received a three-year suspended sentence.");

        // when
        Clause restated = pair.restated();

        // then the receiving is restated, and Rebelo is put in Seixas's place
        assertThat(restated).isEqualTo(pair.source().clauses.get(1));
        assertThat(RoleCheck.swapped(pair.clause(), restated, pair.source())).contains(Problem.Kind.SWAPPED_ROLE);
    }
}
