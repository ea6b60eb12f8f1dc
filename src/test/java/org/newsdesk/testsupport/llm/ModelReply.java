package org.newsdesk.testsupport.llm;

import java.time.Duration;

/**
 * What a fake model server answers: a text (sent whole or streamed in small pieces), or an HTTP error,
 * optionally after a delay.
 */
public record ModelReply(int status, String text, Duration delay) {

    public static ModelReply text(String text) {
        return new ModelReply(200, text, Duration.ZERO);
    }

    public static ModelReply error(int status) {
        return new ModelReply(status, "{\"error\":{\"message\":\"fake failure\",\"type\":\"server_error\"}}",
                Duration.ZERO);
    }

    public ModelReply after(Duration wait) {
        return new ModelReply(status, text, wait);
    }
}
