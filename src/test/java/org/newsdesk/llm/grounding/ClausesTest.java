package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void should_start_a_clause_at_a_joining_word_and_at_a_semicolon() {
        assertThat(firstWords("The city must approve the plan, but it has not rejected it; residents wait."))
                .containsExactly("The", "but", "residents");
    }

    @Test
    void should_keep_and_between_two_phrases_in_its_clause() {
        assertThat(firstWords("Italy and Croatia sent ships to the coast.")).containsExactly("Italy");
    }

    @Test
    void should_part_a_relative_clause_that_closes_the_sentence_and_keep_one_closed_before_the_verb() {
        assertThat(firstWords("The plan needs approval from the city, which has not turned down a plan since 2019."))
                .containsExactly("The", "which");
        assertThat(firstWords("Arsenal, which condemned the fans, said it would act.")).containsExactly("Arsenal");
    }

    @Test
    void should_keep_a_comma_and_that_no_verb_follows_in_the_clause_it_continues() {
        assertThat(firstWords("The fund paid for the roof, and for the new windows.")).containsExactly("The");
        assertThat(firstWords("The fund paid for the roof, and the city paid for the windows.")).containsExactly("The", "and");
        // after a relative clause set off by commas, it goes on the clause the relative clause was taken out of
        List<List<Token>> clauses = Clauses.in(Statement.of("Aid came from the city, which owns the hall, and from private donors.").tokens);
        assertThat(clauses).extracting(clause -> clause.get(0).text()).containsExactly("Aid", "which");
        assertThat(clauses.get(0)).extracting(Token::text).contains("came", "donors");
    }

    private static List<String> firstWords(String text) {
        return Clauses.in(Statement.of(text).tokens).stream().map(clause -> clause.get(0).text()).toList();
    }
}
