package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a clause's negations apply to, by stem. */
class NegationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'not' applies to the next content word     | The board did not accept the offer.                  | accept
            'no' before an object applies to its verb  | The firm had broken no rules.                        | break
            'no' before a noun negates the noun's clause | There was no evidence that they had been copied.   | copi
            'deny' negates the clause it takes         | The firm denied that the cuts had affected safety.   | affect
            'has yet to' denies the verb after it      | The council has yet to decide.                       | decid
            'failing to' after a preposition denies the verb after it | The referee was banned for two years for failing to report the bribe. | report
            'no' before a subject applies to its verb  | No survivors were rescued from the hull.             | rescu
            'not' before a phrase negates the phrase   | The grant came from the city, not from any private donor. | donor
            'wrong to' denies the verb after it        | The referee was wrong to award the penalty.          | award
            'erred in' denies the verb after it        | The referee erred in awarding the penalty.           | award
            'not able to' denies the verb after it     | His team had not been able to cope with the pace.    | cope
            'declined to' denies the verb after it     | Both sides declined to comment on the talks.         | comment
            'unless' denies the verb of its condition  | It will recover unless fertiliser run-off is cut.    | cut
            'rather than' sets a phrase against another | The firm blamed the storm rather than its own staff. | staff
            'instead of' denies the verb after it      | The minister stayed instead of resigning.            | resign
            'ruled out' denies what follows it         | The mayor ruled out resigning after the vote.        | resign
            'no' before a subject with its prepositions | The clerk said no letter from the bank in Leeds had arrived. | arriv
            'any' after a negated verb opens its object | The clerk had not seen any letter from the bank.    | letter
            'without' applies to its phrase's noun     | The club sold the land without its members' consent. | consent
            'no' applies to its phrase's noun          | The club had no new offers for the land.             | offer
            """)
    void should_apply_a_negation_to_the_word_it_denies(String what, String text, String stem) {
        assertThat(negatedIn(text)).contains(stem);
    }

    @Test
    void should_not_negate_the_verb_whose_object_clause_the_negation_opens() {
        assertThat(negatedIn("Police said no one was hurt.")).doesNotContain("said", "say");
        assertThat(negatedIn("The clerk said no letter from the bank in Leeds had arrived.")).doesNotContain("said", "say");
    }

    @Test
    void should_deny_the_object_an_indefinite_article_opens_after_a_negated_verb_apart() {
        // given an investigation denied by the verb that would open it
        List<Token> words = Statement.of("The council has not opened an inquiry into the sale.").tokens;

        // then the inquiry is denied, but not among the words the clause negates
        assertThat(Negations.deniedIndefinites(words)).containsExactly("inquiri");
        assertThat(Negations.in(words)).doesNotContain("inquiri");
        assertThat(Negations.deniedIndefinites(Statement.of("The council has opened an inquiry.").tokens)).isEmpty();
    }

    @Test
    void should_not_take_a_bound_on_a_figure_for_a_negation() {
        // given "no less than", which says "at least"
        List<String> negated = negatedIn("Falcao had received no less than 900,000 euros from the company.");

        // then nothing is negated: not the receiving, nor "less"
        assertThat(negated).isEmpty();
    }

    @Test
    void should_leave_what_is_not_ruled_out_possible() {
        assertThat(negatedIn("The club has not ruled out a new bid.")).contains("rule").doesNotContain("bid", "new");
    }

    @Test
    void should_take_declined_to_a_figure_for_a_fall() {
        assertThat(negatedIn("Inflation declined to 5 percent in May.")).isEmpty();
    }

    private static List<String> negatedIn(String text) {
        return Negations.in(Statement.of(text).tokens);
    }
}
