package org.newsdesk.testsupport.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsdesk.testsupport.JarProcess;

/**
 * The built jar run as the bot against a fresh {@link FakeBotApi}, one per test: register it as a field with
 * {@code @RegisterExtension} (JUnit makes a test instance, so a JarBot, per test); after each test it kills the
 * process if one was started and closes the fake Bot API.
 */
public final class JarBot implements AfterEachCallback {

    private final String token;
    private final FakeBotApi api;
    private Process process;
    private StringBuffer output = new StringBuffer();

    public JarBot(String token) {
        this.token = token;
        try {
            this.api = new FakeBotApi(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (process != null) {
            process.destroyForcibly();
        }
        api.close();
    }

    public FakeBotApi api() {
        return api;
    }

    /**
     * Starts the jar with the token and the fake Bot API's URL added to the environment; its standard output
     * and error collect in {@link #output()} (afresh at each start).
     */
    public void start(Map<String, String> environment, List<String> args) throws IOException {
        Map<String, String> withTelegram = new HashMap<>(environment);
        withTelegram.put("TELEGRAM_BOT_TOKEN", token);
        withTelegram.put("TELEGRAM_API_URL", api.url());
        output = new StringBuffer();
        process = JarProcess.start(withTelegram, args);
        process.getOutputStream().close();
        JarProcess.drain(process.getErrorStream(), output);
        JarProcess.drain(process.getInputStream(), output);
    }

    /** The process the last {@link #start} started. */
    public Process process() {
        return process;
    }

    public StringBuffer output() {
        return output;
    }
}
