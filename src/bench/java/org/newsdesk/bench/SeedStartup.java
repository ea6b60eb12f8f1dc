package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the start-up benchmarks share: new JVMs run a command on the seed knowledge, each run with a
 * data folder of its own (empty the first time: a cold index), asked the same question.
 *
 * @param environment settings for the new JVMs, such as the embedding model
 */
record SeedStartup(Path knowledge, Path prompts, Path work, Map<String, String> environment) {

    static final String QUESTION = "How many children were returned to their families?";

    SeedStartup {
        environment = Map.copyOf(environment);
    }

    /** The arguments that run {@code command} on the seed knowledge with {@code data} as its data folder. */
    List<String> arguments(Path data, String... command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(List.of("--knowledge", knowledge.toString(), "--data", data.toString()));
        if (Files.isDirectory(prompts)) {
            // a folder named with --prompts must exist; without one, the child uses the bundled texts
            arguments.addAll(List.of("--prompts", prompts.toString()));
        }
        return arguments;
    }

    /** One measured start of a new JVM with the given data folder. */
    interface Start<R> {
        R on(Path data) throws IOException, InterruptedException;
    }

    /** The runs of one JVM option set: on an empty data folder (cold), and again on the same folder (warm). */
    record ColdAndWarm<R>(List<R> cold, List<R> warm) {
    }

    /** {@code runs} pairs of a cold and a warm start, each pair on a data folder of its own. */
    <R> ColdAndWarm<R> coldAndWarm(String benchmark, int jvm, int runs, Start<R> start)
            throws IOException, InterruptedException {
        List<R> cold = new ArrayList<>();
        List<R> warm = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path data = work.resolve(benchmark + "-data-" + jvm + "-" + run);
            cold.add(start.on(data));
            warm.add(start.on(data));
        }
        return new ColdAndWarm<>(cold, warm);
    }
}
