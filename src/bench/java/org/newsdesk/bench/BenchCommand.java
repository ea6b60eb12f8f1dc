package org.newsdesk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdesk.cli.Folders;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.embedding.InProcessEmbeddings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code java -jar target/newsdesk-bench.jar}: measures speed and footprint and prints the figures as
 * Markdown. The bench jar has target/newsdesk.jar on its class path, so it measures the product as built.
 */
@Command(name = "newsdesk-bench", mixinStandardHelpOptions = true,
        description = {"Measure answer latency (beside LangChain4j's tutorial pipeline), throughput, indexing at"
                + " 1 to 1,000 articles, start-up and memory; print the results as Markdown.",
                "Takes several minutes; --quick takes well under one, --long adds 10,000 articles (a quarter of an"
                        + " hour more)."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    @Option(names = "--quick", description = "A smoke run: every measurement once, on 20 articles.")
    boolean quick;

    @Option(names = "--long", description = "Also index 10,000 articles.")
    boolean longRun;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where to write generated articles and indexes (default: a temporary folder, deleted after).")
    Path work;

    public static void main(String[] args) {
        InProcessEmbeddings.preventNetworkAccess();
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            System.err.println("newsdesk-bench: " + (exception.getMessage() != null ? exception.getMessage()
                    : exception.getClass().getSimpleName()));
            return exception instanceof ConfigurationException ? 2 : 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Benchmark.Mode mode = quick ? Benchmark.Mode.QUICK : longRun ? Benchmark.Mode.LONG : Benchmark.Mode.STANDARD;
        InProcessEmbeddings model = InProcessEmbeddings.configured(Settings.fromEnvironment());
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsdesk-bench");
        try {
            new Benchmark(model, folders.knowledge(), folders.prompts(), folder).run(mode, System.out);
        } finally {
            if (work == null) {
                deleteTree(folder);
            }
        }
        return 0;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
