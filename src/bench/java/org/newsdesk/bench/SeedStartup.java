package org.newsdesk.bench;

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
        arguments.addAll(List.of("--knowledge", knowledge.toString(), "--prompts", prompts.toString(),
                "--data", data.toString()));
        return arguments;
    }

    /** The data folder of one run: the same for a cold start and the warm one after it. */
    Path data(String benchmark, int jvm, int run) {
        return work.resolve(benchmark + "-data-" + jvm + "-" + run);
    }
}
