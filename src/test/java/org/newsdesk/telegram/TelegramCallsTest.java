package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramCallsTest {

    @Test
    void should_take_the_method_from_the_url_and_never_the_token() {
        assertThat(TelegramCalls.method(List.of("bot123:secret", "sendMessage"))).isEqualTo("sendmessage");
        assertThat(TelegramCalls.method(List.of("file", "bot123:secret", "photos", "a.jpg"))).isEqualTo("other");
        assertThat(TelegramCalls.method(List.of("bot123:secret"))).isEqualTo("other");
    }
}
