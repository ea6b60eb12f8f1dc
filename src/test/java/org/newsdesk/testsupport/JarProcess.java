package org.newsdesk.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a built jar as a user would: {@code java -jar target/newsdesk.jar ...}, in its own process. */
public final class JarProcess {

    public static final Path JAR = Path.of("target/newsdesk.jar");
    /** The benchmarks' jar, which runs on {@link #JAR} beside it. */
    public static final Path BENCH_JAR = Path.of("target/newsdesk-bench.jar");
    /** The compiled test tree, for running one of its main classes on {@link #JAR}. */
    public static final Path TEST_CLASSES = Path.of("target/test-classes");

    /** What a finished run printed and returned. */
    public record Result(int status, String out, String err) {
    }

    private JarProcess() {
    }

    public static Process start(Map<String, String> environment, List<String> args) throws IOException {
        return start(JAR, environment, args);
    }

    public static Process start(Path jar, Map<String, String> environment, List<String> args) throws IOException {
        List<String> javaArgs = new ArrayList<>(List.of("-jar", built(jar)));
        javaArgs.addAll(args);
        return java(environment, javaArgs);
    }

    /**
     * Runs a main class of the test tree with {@link #JAR} as its only library, so that it sees the
     * libraries as the jar holds them: {@code java -cp target/newsdesk.jar:target/test-classes ...}.
     */
    public static Result runMain(Class<?> mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> javaArgs = new ArrayList<>(List.of("-cp", built(JAR) + File.pathSeparator + TEST_CLASSES,
                mainClass.getName()));
        javaArgs.addAll(args);
        return finish(java(Map.of(), javaArgs), "");
    }

    private static String built(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the end-to-end tier with `mvn verify`");
        }
        return jar.toString();
    }

    private static Process java(Map<String, String> environment, List<String> javaArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("NEWSDESK_")
                || key.startsWith("OPENAI_") || key.startsWith("OLLAMA_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    public static Result run(Map<String, String> environment, String input, List<String> args)
            throws IOException, InterruptedException {
        return run(JAR, environment, input, args);
    }

    public static Result run(Path jar, Map<String, String> environment, String input, List<String> args)
            throws IOException, InterruptedException {
        return finish(start(jar, environment, args), input);
    }

    private static Result finish(Process process, String input) throws IOException, InterruptedException {
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the jar did not finish within two minutes");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** Copies what a running process prints into {@code into}, on a daemon thread, until the stream ends. */
    public static void drain(InputStream stream, StringBuffer into) {
        Thread reader = new Thread(() -> {
            try (stream) {
                byte[] buffer = new byte[4096];
                for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closedWithTheProcess) {
                // the process ended; what it printed is in the buffer
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }
}
