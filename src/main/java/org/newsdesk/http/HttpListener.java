package org.newsdesk.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server for everything Newsdesk serves over HTTP, on the JDK's {@link HttpServer}: routes are
 * mounted by exact path; a request to any other path gets 404. Request bodies are capped, and a route that
 * throws gets a 500 with no detail, so nothing internal leaks to a caller.
 */
public final class HttpListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpListener.class);

    /** Larger than any Telegram update, which is what a body may bring here (a webhook, issue 11). */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Probes and scrapes are quick; two threads keep one slow client from blocking the others. */
    static final int THREADS = 2;

    /** What a route is asked: method, path, headers (case-insensitive names), and the body. */
    public record Request(String method, String path, Headers headers, byte[] body) {
    }

    /** What a route answers. */
    public record Response(int status, String contentType, byte[] body) {

        public static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Serves one path. */
    @FunctionalInterface
    public interface Route {
        Response handle(Request request) throws IOException;

        /** A route for GET (and HEAD) only; other methods get 405. */
        static Route get(Route route) {
            return request -> request.method().equals("GET") || request.method().equals("HEAD")
                    ? route.handle(request) : Response.text(405, "method not allowed");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private HttpListener(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts listening; port 0 takes any free port (see {@link #port()}). */
    public static HttpListener start(String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new HttpListener(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    /** Mounts a route at exactly this path; may be called while serving. */
    public HttpListener route(String path, Route route) {
        server.createContext(path, exchange -> serve(exchange, path, route));
        return this;
    }

    private static void serve(HttpExchange exchange, String path, Route route) throws IOException {
        try (exchange) {
            Response response;
            if (!exchange.getRequestURI().getPath().equals(path)) {
                response = Response.text(404, "not found");
            } else {
                byte[] body = body(exchange.getRequestBody());
                response = body == null ? Response.text(413, "request body too large")
                        : handle(route, new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body));
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length == 0 ? -1
                    : response.body().length);
            if (!head && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private static Response handle(Route route, Request request) {
        try {
            return route.handle(request);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} {} failed: {}", request.method(), request.path(), e.toString());
            return Response.text(500, "internal error");
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] body(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
