package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void should_leave_text_alone_when_there_is_no_secret() {
        assertThat(new Redactor(null).clean("GET /v1/models")).isEqualTo("GET /v1/models");
        assertThat(new Redactor("").describe(new IOException("refused"))).isEqualTo("IOException: refused");
    }

    @Test
    void should_take_the_token_out_of_an_error_and_its_causes() {
        Redactor redactor = new Redactor("123:abc");
        IOException error = new IOException("failed", new IOException("POST http://host/bot123:abc/sendMessage"));

        assertThat(redactor.describe(error)).isEqualTo("IOException: failed <- IOException: POST http://host/bot****/sendMessage");
    }
}
