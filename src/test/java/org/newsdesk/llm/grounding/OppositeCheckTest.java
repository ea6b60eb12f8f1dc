package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OppositeCheckTest {

    @ParameterizedTest(name = "\"{0}\" for \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The board approved the offer.          | The board rejected the offer.          | true
            The board did not approve the offer.   | The board rejected the offer.          | false
            The board did not approve the offer.   | The board did not reject the offer.    | true
            Nordhavn's shares fell 6 percent.      | Nordhavn's shares rose 6 percent.      | true
            Polaris shares fell 6.2 percent in Helsinki after the decision. | Polaris shares rose 6.2 percent in Helsinki after the decision, their biggest gain since November. | true
            Shares of Kestrel's parent company, Norvik Financial, rose 3.4 percent in Oslo. | Shares of Kestrel's parent company, Norvik Financial, fell 3.4 percent in Oslo. | true
            The carrier would raise its fares by 8 percent in June. | The carrier would cut its fares by 8 percent in June. | true
            The mill reported a net profit of 12 million euros. | The mill reported a net loss of 12 million euros. | true
            The minister said the scandal would lead to looser rules on party funding. | The minister said the scandal would lead to stricter rules on party funding. | true
            The slide started on a steep slope above the Col de Balme hut. | The slide started on a steep slope below the Col de Balme hut. | true
            Farmers said the new dam could benefit crops downstream. | Farmers said the new dam could harm crops downstream. | true
            The tariff will hurt exporters, the chamber said. | The tariff will benefit exporters, the chamber said. | true
            The pools had tested positive for the bacteria. | The pools had tested negative for the bacteria. | true
            Two carriages came off the track near the station. | Two carriages left the track near the station. | false
            Two carriages came to the station.     | Two carriages left the station.        | true
            The firm shut down the plant in May.   | The firm opened the plant in May.      | true
            Dock workers stopped work on Monday.   | Dock workers went on strike on Monday. | false
            The dock workers' talks stopped after midnight. | The dock workers' talks went on after midnight. | true
            The cyclist will keep her Olympic medal, the committee said. | The cyclist will be stripped of her Olympic medal, the committee said. | true
            The cyclist will lose her Olympic medal, the committee said. | The cyclist will be stripped of her Olympic medal, the committee said. | false
            The mayor said the payment was illegal and he had done nothing illegal. | The mayor said the payment was legal and he had done nothing illegal. | true
            The mayor said the payment was lawful and he had done nothing illegal. | The mayor said the payment was legal and he had done nothing illegal. | false
            Few of the passengers were foreign tourists. | Most of the passengers were foreign tourists. | true
            Most of the passengers were foreign tourists. | Most of the passengers were tourists from abroad. | false
            """)
    void should_catch_an_opposite_unless_negated_on_one_side_only(String claim, String support, boolean opposes) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(OppositeCheck.opposes(pair.clause(), pair.restated())).isEqualTo(opposes);
    }

    @Test
    void should_catch_an_opposite_of_a_word_the_support_says_in_a_clause_of_its_own() {
        ClaimPair pair = ClaimPair.of("Four tugs tried to tow the barge clear on Tuesday morning and succeeded.",
                "Four tugs tried to tow the barge clear on Tuesday morning but failed.");

        assertThat(OppositeCheck.opposes(pair.clause(), pair.restated(), pair.source())).isTrue();
    }

    @Test
    void should_not_oppose_a_word_by_a_clause_beside_the_restated_one_that_says_more() {
        ClaimPair pair = ClaimPair.of("The mayor was cleared of fraud but convicted of perjury.",
                "The mayor was acquitted of fraud but convicted of perjury.");

        assertThat(OppositeCheck.opposes(pair.clause(), pair.restated(), pair.source())).isFalse();
    }

    @Test
    void should_compare_a_relative_clause_with_the_clause_it_restates_of_two_sharing_as_many_words() {
        // given a closing relative clause that names the firm, as the clause before it does
        Statement said = Statement.of("Campaigners accused the firm of dumping waste, which the firm admitted.");
        Statement source = Statement.of("Campaigners accused the firm of dumping waste, which the firm denied.");
        List<Clause> clauses = said.clauses;
        Clause admitted = clauses.get(clauses.size() - 1);

        // then it restates the denial, the shorter, and says its opposite
        assertThat(OppositeCheck.opposes(admitted, source.restated(admitted))).isTrue();
    }

    @Test
    void should_catch_an_adverb_put_for_its_opposite_beside_the_same_word() {
        ClaimPair pair = ClaimPair.of("The minister said cattle in the area must be kept outdoors.",
                "cattle in the area must be kept indoors");

        assertThat(OppositeCheck.opposes(pair.clause(), pair.restated(), pair.source())).isTrue();
    }

    @Test
    void should_not_oppose_an_adverb_the_support_says_itself() {
        ClaimPair pair = ClaimPair.of("The storm could still push a surge inland, the forecaster said.",
                "the forecaster said the storm could weaken slightly but might still push a surge inland");

        assertThat(OppositeCheck.opposes(pair.clause(), pair.restated(), pair.source())).isFalse();
    }
}
