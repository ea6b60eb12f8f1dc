package org.newsdesk.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.newsdesk.config.Redactor;
import org.newsdesk.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each failed getUpdates as one WARN line saying what to do about it, in place of the library's
 * ERROR with a stack trace (its logger is silenced in {@code logback.xml}; the trace is at DEBUG here).
 * A 409 means another process polls with the same token, which no retry will fix.
 */
final class PollFailures implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(PollFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_ERROR_BODY = 4_096;

    private final Redactor redactor;

    PollFailures(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean poll = TelegramCalls.method(chain.request().url().pathSegments()).equals("getupdates");
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (poll) {
                LOG.warn("Polling Telegram failed: {}; trying again shortly", redactor.describe(e));
                LOG.debug("Polling failure", e);
            }
            throw e;
        }
        if (poll && !response.isSuccessful()) {
            LOG.warn("Polling Telegram failed: {}", explain(response.code(), description(response)));
        }
        return response;
    }

    /** One line for an HTTP refusal of getUpdates, with what to do when retrying cannot help. */
    static String explain(int code, String description) {
        String refusal = "HTTP " + code + (description.isEmpty() ? "" : " (" + description + ")");
        return switch (code) {
            case 409 -> refusal + ": another instance is polling with this token: stop it or use a webhook";
            case 401, 404 -> refusal + ": the token is not valid; check TELEGRAM_BOT_TOKEN";
            default -> refusal + "; trying again shortly";
        };
    }

    private String description(Response response) {
        try {
            JsonNode body = JSON.readTree(response.peekBody(MAX_ERROR_BODY).string());
            return body == null ? "" : Printable.brief(redactor.clean(body.path("description").asText("")));
        } catch (IOException e) {
            return "";
        }
    }
}
