package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertaintyTest {

    @Test
    void should_find_a_hedge_by_a_modal_or_an_adverb() {
        assertThat(Certainty.hedged(Statement.of("Norway may have expelled a diplomat.").tokens)).isTrue();
        assertThat(Certainty.hedged(Statement.of("Norway allegedly expelled a diplomat.").tokens)).isTrue();
        assertThat(Certainty.hedged(Statement.of("Norway expelled a diplomat.").tokens)).isFalse();
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
}
