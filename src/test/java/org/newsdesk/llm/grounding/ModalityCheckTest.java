package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.llm.grounding.Problem.Kind;

class ModalityCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a hedge added                 | Norway may have expelled a diplomat.              | Norway expelled a diplomat.                          | true
            a hedge dropped               | The runner will appeal.                           | The runner could appeal.                             | true
            'can' for 'could'             | The runner can still appeal.                      | The runner could still appeal.                       | false
            'could' for 'would be able to' | Banks said customers could sign in with passwords. | Banks said customers would be able to log in with passwords. | false
            'might' for 'would be able to' | Banks said customers might sign in with passwords. | Banks said customers would be able to log in with passwords. | true
            'allegedly' for an accusation | Norway expelled a diplomat for allegedly spying.  | Norway expelled a diplomat, accusing him of spying.  | false
            a suspicion said as fact      | He started the fire.                              | He was arrested on suspicion of starting the fire.   | true
            a penalty for a suspicion, in someone's words | The watchdog said it had fined a former Kestrel trader for market abuse in currency swaps. | The watchdog said it was investigating a former Kestrel trader on suspicion of market abuse in currency swaps. | true
            a penalty the support gives   | The watchdog said it had fined a former Kestrel trader for market abuse. | The watchdog said it had fined a former Kestrel trader, who was suspected of market abuse. | false
            what is needed said as done   | Regulators approved the deal.                     | The deal still needs approval from regulators.       | true
            a provisional ban said as final | The club was banned from the league.    | The club was provisionally banned from the league.   | true
            a provisional ban kept         | The club got a temporary ban from the league.   | The club was provisionally banned from the league.   | false
            a suspended sentence served   | The pilot was sentenced to a year in jail.      | The pilot got a suspended sentence of a year.        | true
            a suspended sentence kept     | The pilot got a one-year suspended sentence.    | The pilot got a suspended sentence of a year.        | false
            what is asked whether said as done | Auditors said the bank had hidden losses. | Auditors said they were looking into whether the bank had hidden losses. | true
            what is asked whether kept open | Auditors said they were checking whether the bank had hidden losses. | Auditors said they were looking into whether the bank had hidden losses. | false
            'likely to' for 'expected to' | The minister is likely to visit Oslo in May.      | The minister is expected to visit Oslo in May.       | false
            'may' for 'expected to'       | The minister may visit Oslo in May.               | The minister is expected to visit Oslo in May.       | true
            'should' for 'expected to'    | The new terminal should open in June.             | The new terminal is expected to open in June.        | false
            'should' for 'may'            | The new terminal should open in June.             | The new terminal may open in June.                   | true
            a lower risk for less likely  | Cyclists had a 20 percent lower risk of flu.      | Cyclists were 20 percent less likely to get flu.     | false
            a verb unsaid, surer than its noun's 'was possible' | The mediator called both unions to talks and said a deal would be signed by Friday. | The mediator called both unions to talks and said a deal was possible by Friday. | true
            a verb unsaid, as hedged as its noun's 'was possible' | The mediator called both unions to talks and said a deal could be signed by Friday. | The mediator called both unions to talks and said a deal was possible by Friday. | false
            a hedge on another verb       | The club said it had not found a sponsor.         | The club said it may sell the stadium, but that no sponsor had been found. | false
            the hedged verb said as done  | The club said it sold the stadium.                | The club said it may sell the stadium, but that no sponsor had been found. | true
            a hedge on the later predicate only | The cargo is to be shipped to Hamburg, and is expected to get there in May. | The cargo will be shipped to Hamburg, where it is expected to arrive in May. | false
            the later predicate said as sure | The cargo will be shipped to Hamburg, where it will arrive in May. | The cargo will be shipped to Hamburg, where it is expected to arrive in May. | true
            a clause with no verb of the support | It had been due to open in March. | The bridge was due to open in March and is now expected to carry trains in May. | false
            a verb read as no verb, said as done | The portrait was damaged during the theft. | The director said the portrait may have been damaged during the theft. | true
            'would be ready' for 'could be ready' | Agency head Anna Berg said the satellite was insured for 300 million euros and that a replacement would be ready by 2029. | Agency head Anna Berg said the satellite was insured for 300 million euros and that a replacement could be ready by 2029. | true
            'might be ready' for 'could be ready' | Agency head Anna Berg said the satellite was insured for 300 million euros and that a replacement might be ready by 2029. | Agency head Anna Berg said the satellite was insured for 300 million euros and that a replacement could be ready by 2029. | false
            'possible that' for 'could'  | Agency head Anna Berg said the satellite was insured for 300 million euros and that it was possible that a replacement would be ready by 2029. | Agency head Anna Berg said the satellite was insured for 300 million euros and that a replacement could be ready by 2029. | false
            'will produce' for 'expects to produce' | The company will produce about 25,000 tonnes of lithium concentrate a year. | The company plans to invest 480 million euros and expects to produce about 25,000 tonnes of lithium concentrate a year. | true
            'expected output' for 'expects to produce' | The company's expected output is about 25,000 tonnes of lithium concentrate a year. | The company expects to produce about 25,000 tonnes of lithium concentrate a year. | false
            the future said as done       | The board has published a preliminary report.     | The board said it would publish a preliminary report within 30 days. | true
            the future kept               | The board will publish a preliminary report.       | The board said it would publish a preliminary report within 30 days. | false
            the future as a participle    | Slovenia proposed a budget cutting the deficit to 2.4 percent. | Slovenia proposed a budget that would cut the deficit to 2.4 percent. | false
            a participle of the subject's noun | Results of tests comparing the samples will come next Tuesday. | Results of tests comparing the samples are expected next Tuesday. | true
            a verb of the condition       | If claims returned to normal, Skjold was likely to be profitable in 2026. | Skjold was likely to return to profit in 2026 if claims fell back to normal. | false
            a relative clause of a hedged noun | The inspector said a loose cable was the likely point at which the fire had started. | The inspector said the fire had likely started at a loose cable. | false
            a relative clause of a plain noun | The inspector said a loose cable was the point at which the fire had started. | The inspector said the fire had likely started at a loose cable. | true
            who expects it said          | The council said it expected the bridge to carry traffic again in May. | The bridge was expected to reopen in May, the council said. | false
            the expectation dropped       | The council said the bridge would carry traffic again in May. | The bridge was expected to reopen in May, the council said. | true
            a clause of 'think' for 'expect ... to' | The insurer said it did not think the storm would raise claims this year. | The insurer said it did not expect the storm to raise claims this year. | false
            a clause of 'think' for 'may'  | The insurer said it did not think the storm would raise claims this year. | The insurer said the storm may not raise claims this year. | true
            the clause said without 'think' | The insurer said the storm would not raise claims this year. | The insurer said it did not expect the storm to raise claims this year. | true
            'could be fined' for 'face fines' | The two drivers could be fined up to 2,000 euros each. | The two drivers face fines of up to 2,000 euros each. | false
            'were fined' for 'face fines'     | The two drivers were fined up to 2,000 euros each.     | The two drivers face fines of up to 2,000 euros each. | true
            the speaker after a hedged predicate | The harbour master said the ferry's owners could be fined. | The ferry's owners face a fine, the harbour master said. | false
            what was built, 'later than planned' | The dam that the consortium built opened three years behind schedule. | The dam that the consortium built opened three years later than planned. | false
            what was planned, said as done | The consortium built a second dam. | The consortium planned to build a second dam. | true
            'suspected' for 'alleged' before a noun | A judge ordered the suspected smuggler held in custody. | The alleged smuggler was remanded in custody by a judge. | false
            'the alleged' dropped         | A judge ordered the smuggler held in custody.            | The alleged smuggler was remanded in custody by a judge. | true
            'because buyers expected X to' for 'as buyers expected' | Wheat prices rose because buyers expected Russia to export less. | Wheat prices rose, as buyers expected lower exports from Russia. | false
            'Russia will export less' for 'buyers expected' | Wheat prices rose because Russia will export less. | Wheat prices rose, as buyers expected lower exports from Russia. | true
            a hedged verb for another, before an inverted condition | The fine could be raised should new facts come to light, Berg said. | Berg said the fine might be increased if new facts emerged. | false
            the hedge dropped, 'according to' the speaker | Many farmers will give up the crop, according to union leader Ana Berg. | Union leader Ana Berg said many farmers could abandon the crop. | true
            a hedged verb for another, 'according to' the speaker | Many farmers might give up the crop, according to union leader Ana Berg. | Union leader Ana Berg said many farmers could abandon the crop. | false
            a hedge on the first of two predicates | The engineer warned that heat might have damaged the pipes, and said repairs would take a year. | The engineer warned that the pipes may have been damaged by heat and said repairs would take a year. | false
            """)
    void should_hold_a_clause_as_sure_as_its_support(String what, String claim, String support, boolean changes) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(ModalityCheck.changes(claim, pair.said(), pair.clause(), pair.restated(), pair.source())).isEqualTo(changes);
    }

    @Test
    void should_catch_a_verdict_the_support_does_not_give() {
        ClaimPair pair = ClaimPair.of("Moser was convicted of fraud.", "Moser was accused of fraud.");

        assertThat(ModalityCheck.verdictsAdded(pair.claim(), pair.said(), pair.source()))
                .extracting(Problem::kind).containsExactly(Kind.CHANGED_MODALITY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'were found to have'       | Officials were found to have sorted ballots.        | true
            'has found that'           | The regulator has found that the owner lied.        | true
            'found that/PRON'          | Ontario's Securities Commission found that Brightwater had misled investors about what their funds held. | true
            a thing found              | Bacteria were found in samples from the plant.      | false
            the accusation kept        | Pichler accused officials of sorting ballots.       | false
            """)
    void should_take_a_finding_for_a_verdict_the_accusation_does_not_give(String what, String claim, boolean added) {
        ClaimPair pair = ClaimPair.of(claim, "Pichler accused officials of sorting ballots, and bacteria were found in samples.");

        assertThat(ModalityCheck.verdictsAdded(pair.claim(), pair.said(), pair.source()).isEmpty()).isNotEqualTo(added);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'found that' for 'after finding that'   | The panel found that the club had lied.   | After finding that the club had lied, the panel fined it. | false
            'found that' for 'after suspecting that' | The panel found that the club had lied.  | After suspecting that the club had lied, the panel fined it. | true
            """)
    void should_take_finding_that_for_the_finding_found_that_gives(String what, String claim, String support, boolean added) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(ModalityCheck.verdictsAdded(pair.claim(), pair.said(), pair.source()).isEmpty()).isNotEqualTo(added);
    }

    @Test
    void should_take_a_verdict_denied_for_the_other_verdict() {
        String support = "The court acquitted her of money laundering.";

        ClaimPair acquitted = ClaimPair.of("She was found not guilty of money laundering.", support);
        ClaimPair convicted = ClaimPair.of("She was found guilty of money laundering.", support);

        assertThat(ModalityCheck.verdictsAdded(acquitted.claim(), acquitted.said(), acquitted.source())).isEmpty();
        assertThat(ModalityCheck.verdictsAdded(convicted.claim(), convicted.said(), convicted.source())).isNotEmpty();
    }
}
