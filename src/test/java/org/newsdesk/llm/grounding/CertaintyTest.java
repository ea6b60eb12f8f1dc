package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertaintyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a modal                       | Norway may have expelled a diplomat.                | POSSIBLE
            an adverb of whose claim      | Norway allegedly expelled a diplomat.               | POSSIBLE
            none                          | Norway expelled a diplomat.                         | CERTAIN
            'likely to'                   | The mayor is likely to resign in May.               | PROBABLE
            'probably'                    | The mayor will probably resign in May.              | PROBABLE
            'is expected to'              | The mayor is expected to resign in May.             | PROBABLE
            'is forecast to'              | The economy is forecast to grow by 2 percent.       | PROBABLE
            'is projected to'             | Debt is projected to reach 70 percent of output.    | PROBABLE
            'is believed to'              | The suspect is believed to have fled to Spain.      | PROBABLE
            'is thought to'               | The suspect is thought to have fled to Spain.       | PROBABLE
            'is now expected to'          | The bridge is now expected to reopen in June.       | PROBABLE
            'is not expected to'          | The bridge is not expected to reopen before June.   | PROBABLE
            a plan of its subject         | The firm expects to cut 300 jobs in May.            | CERTAIN
            an expectation of another     | Officials expect the bridge to reopen in June.      | PROBABLE
            a comparison of chances       | Cyclists were 20 percent less likely to fall ill.   | CERTAIN
            'more likely', said by 'be'   | Smokers were more likely to catch the flu.          | CERTAIN
            'the most likely cause'       | A leak was the most likely cause of the fire.       | PROBABLE
            'could not', an inability     | His team could not cope with the pace.              | CERTAIN
            'may not'                     | His team may not cope with the pace.                | POSSIBLE
            'the possible cost'           | They put the possible cost at 60 million euros.     | POSSIBLE
            'a possible new buyer'        | They warned of a possible new buyer for the mill.   | POSSIBLE
            'a possible close encounter'  | Pilots were told of a possible close encounter.     | POSSIBLE
            'it was possible that'        | It was possible that a plant would close.          | POSSIBLE
            'as soon as possible'         | They will repair it as soon as possible.            | CERTAIN
            'was possible', a predicate   | A strike in May was possible, the union said.       | POSSIBLE
            'was still possible'          | A second vote was still possible in June.           | POSSIBLE
            'was not possible', denied    | A second vote was not possible in June.             | CERTAIN
            'the likely cause'            | A leak was the likely cause of the fire.            | PROBABLE
            'would most likely'           | Inspectors would most likely focus on the brakes.   | PROBABLE
            'so ... could', a purpose     | Vera sold her car so she could pay the rent.        | CERTAIN
            'so that ... might', a purpose | The crew left early so that the ship might dock.   | CERTAIN
            """)
    void should_grade_a_clause_by_its_most_doubtful_hedge(String what, String text, Certainty.Degree degree) {
        assertThat(Certainty.degree(Statement.of(text).tokens)).isEqualTo(degree);
    }

    @Test
    void should_take_what_follows_on_suspicion_of_for_a_suspicion_and_not_a_suspect_alone() {
        assertThat(Certainty.suspected(Statement.of("He was arrested on suspicion of starting the fire.").tokens))
                .contains("start", "fire").doesNotContain("arrest");
        assertThat(Certainty.suspected(Statement.of("A third suspect started the fire.").tokens)).isEmpty();
    }

    @Test
    void should_take_what_a_verb_of_needing_governs_for_not_yet_done_up_to_a_new_clause() {
        assertThat(Certainty.unrealised(Statement.of("The deal still needs approval from regulators.").tokens))
                .contains("approv", "regul");
        assertThat(Certainty.unrealised(Statement.of("Investigators may seek the arrest of Marchuk, a prosecutor "
                + "told reporters.").tokens)).contains("arrest").doesNotContain("told", "tell", "report");
    }

    @Test
    void should_end_what_a_verb_of_wanting_governs_at_a_verb_coordinated_with_it() {
        // given a second predicate of the subject after the object, and an infinitive coordinated with another
        String coordinated = "The minister said the plan threatened the harbour and broke a promise made in 2020.";
        String governed = "The court ordered the firm to stop the work and pay a fine.";

        // then the breaking is said as done, the paying is not
        assertThat(Certainty.unrealised(Statement.of(coordinated).tokens)).contains("harbour")
                .doesNotContain("broke", "break", "promis");
        assertThat(Certainty.unrealised(Statement.of(governed).tokens)).contains("stop", "pay", "fine");
    }
}
