package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdesk.Newsdesk;
import org.newsdesk.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: measures speed and footprint and prints the figures as Markdown. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure answer latency (beside LangChain4j's tutorial pipeline), throughput, indexing at"
                + " 1 to 1,000 articles, start-up and memory; print the results as Markdown.",
                "Takes several minutes; --quick takes well under one, --long adds 10,000 articles (a quarter of an"
                        + " hour more)."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    @Option(names = "--quick", description = "A smoke run: every measurement once, on 20 articles.")
    boolean quick;

    @Option(names = "--long", description = "Also index 10,000 articles.")
    boolean longRun;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where to write generated articles and indexes (default: a temporary folder, deleted after).")
    Path work;

    private final Context context;

    BenchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Benchmark.Mode mode = quick ? Benchmark.Mode.QUICK : longRun ? Benchmark.Mode.LONG : Benchmark.Mode.STANDARD;
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsdesk-bench");
        try {
            new Benchmark(Newsdesk.embeddings(context.settings()), folders.knowledge(), folders.prompts(), folder)
                    .run(mode, context.out());
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
