package org.newsdesk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTagTest {

    @Test
    void should_name_one_chat_alike_and_never_show_its_id() {
        assertThat(ChatTag.of(931_577_402L)).isEqualTo(ChatTag.of("931577402")).matches("chat-[0-9a-f]{10}")
                .doesNotContain("931577402");
        assertThat(ChatTag.of(931_577_402L)).isNotEqualTo(ChatTag.of(931_577_403L));
    }
}
