package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelTextTest {

    @Test
    void should_leave_out_a_reasoning_models_thinking() {
        assertThat(ModelText.visible("<think>They ask about 12 children.</think>\nEight children [1]."))
                .isEqualTo("Eight children [1].");
    }

    @Test
    void should_show_nothing_of_a_thought_still_being_written() {
        assertThat(ModelText.visible("<think>They ask about")).isEmpty();
    }
}
