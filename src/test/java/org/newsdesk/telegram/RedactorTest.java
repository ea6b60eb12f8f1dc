package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void should_take_the_token_out_of_an_error_and_its_causes() {
        Redactor redactor = new Redactor("123:abc");
        IOException error = new IOException("failed", new IOException("POST http://host/bot123:abc/sendMessage"));

        assertThat(redactor.describe(error)).isEqualTo("IOException: failed <- IOException: POST http://host/bot<token>/sendMessage");
    }
}
