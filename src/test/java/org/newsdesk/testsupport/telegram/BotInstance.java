package org.newsdesk.testsupport.telegram;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsdesk.testsupport.JarProcess;

/**
 * One bot process of the built jar ({@code java -jar target/newsdesk.jar telegram}) with its own data
 * folder, its log collected as it runs.
 */
public final class BotInstance implements AutoCloseable {

    /** The jar loads the embedding model and indexes the articles first; several at once on two cores take a while. */
    public static final Duration STARTUP = Duration.ofSeconds(120);
    public static final String STARTED = "Newsdesk is on Telegram as @";

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private BotInstance(String name, Process process) {
        this.name = name;
        this.process = process;
        JarProcess.drain(process.getErrorStream(), output);
        JarProcess.drain(process.getInputStream(), output);
    }

    /** Starts {@code telegram} on the knowledge folder, with a data folder of its own. */
    public static BotInstance start(String name, Map<String, String> environment, Path knowledge, Path data)
            throws IOException {
        List<String> args = new ArrayList<>(List.of("telegram", "--knowledge", knowledge.toString(), "--data",
                data.toString()));
        Process process = JarProcess.start(environment, args);
        process.getOutputStream().close();
        return new BotInstance(name, process);
    }

    /** Waits until the bot says it is on Telegram; fails with its log if it died instead. */
    public BotInstance awaitStarted() {
        await().atMost(STARTUP).until(() -> output.toString().contains(STARTED) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log:\n" + output);
        }
        return this;
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public String log() {
        return output.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process dies at once, mid-answer, with no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM; true if the process ended within {@code seconds}. */
    public boolean terminate(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Stops the process if it still runs, and keeps its log under {@code target/it-logs/} for a look after a failure. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            Path logs = Files.createDirectories(Path.of("target", "it-logs"));
            Files.writeString(logs.resolve(name + ".log"), output.toString());
        } catch (IOException | InterruptedException e) {
            // the log is a convenience
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
