package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a claim                    | Lund will leave Kiel for Barcelona, the club said.                  | true
            a confirmation             | Lund will leave Kiel for Barcelona, the club confirmed.             | false
            a confirmation and a claim | The club confirmed the fee and said Lund would leave in May.        | true
            no reporting at all        | Lund will leave Kiel for Barcelona at the end of the season.        | false
            claims as a noun           | The loss was driven by claims from the grounding of a tanker.      | false
            'the alleged' before a noun | The alleged smuggler was detained at the border on Tuesday.       | false
            'alleged' as a verb        | Customs officers alleged that the man had smuggled cigarettes.      | true
            'accused' as a verb        | Customs officers accused the man of smuggling cigarettes.           | true
            """)
    void should_take_what_a_party_confirms_for_no_claim_of_theirs(String what, String passage, boolean claim) {
        assertThat(Attributions.reportsClaim(passage)).isEqualTo(claim);
    }
}
