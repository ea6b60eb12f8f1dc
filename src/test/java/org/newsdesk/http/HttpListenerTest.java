package org.newsdesk.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.observe.Observer;

class HttpListenerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpListener listener;

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_serve_health_and_readiness_with_a_one_line_reason_until_ready() throws Exception {
        // given
        listener = HttpListener.start("127.0.0.1", 0);
        Readiness readiness = new Readiness(true);
        HealthRoutes.mount(listener, readiness, () -> "# HELP x y\n");

        // then: alive while loading
        assertThat(send("GET", "/healthz", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/readyz", null)).satisfies(response -> {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("the knowledge is still loading\n");
        });

        // when the knowledge loads, but Telegram fails
        readiness.reloaded(true, 3, 0);
        readiness.telegramCalled("getupdates", Observer.NETWORK_ERROR);
        assertThat(send("GET", "/readyz", null).body()).contains("Telegram is unreachable");
        readiness.telegramCalled("sendmessage", "200");
        assertThat(send("GET", "/readyz", null).statusCode()).isEqualTo(503);

        // when polling succeeds
        readiness.telegramCalled("getupdates", "200");
        assertThat(send("GET", "/readyz", null).statusCode()).isEqualTo(200);

        // and when a reload finds nothing at all
        readiness.reloaded(false, 0, 2);
        assertThat(send("GET", "/readyz", null).body()).startsWith("nothing is loaded");
    }

    @Test
    void should_answer_404_405_413_and_500_without_details() throws Exception {
        // given
        listener = HttpListener.start("127.0.0.1", 0);
        listener.route("/fails", request -> {
            throw new IllegalStateException("secret internals");
        });
        listener.route("/echo", request -> HttpListener.Response.text(200, request.method() + " "
                + request.body().length + " " + request.headers().getFirst("x-telegram-bot-api-secret-token")));
        HealthRoutes.mount(listener, new Readiness(false), () -> "");

        // then
        assertThat(send("GET", "/nothing", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/healthz/more", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/healthz", "x").statusCode()).isEqualTo(405);
        HttpResponse<String> failed = send("GET", "/fails", null);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("secret");
        assertThat(send("POST", "/echo", "x".repeat(HttpListener.MAX_BODY_BYTES + 1)).statusCode()).isEqualTo(413);
        HttpResponse<String> echoed = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + listener.port() + "/echo")).header("X-Telegram-Bot-Api-Secret-Token", "s3")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(echoed.body()).isEqualTo("POST 2 s3\n");
    }
}
