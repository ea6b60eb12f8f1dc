package org.newsdesk.bench;

import java.util.List;

/**
 * How much to measure.
 *
 * @param name                 the mode, as printed
 * @param indexSizes           article counts to index from scratch, smallest first
 * @param answerArticles       articles loaded while answering (one of {@code indexSizes})
 * @param questions            questions timed one after another, after the warm-up
 * @param warmUp               questions asked first and not timed, so the JIT has compiled the hot path
 * @param throughputQuestions  questions per thread count in the throughput run
 * @param processRuns          runs of each child-process measurement, the median reported (0: none)
 * @param compareJvmOptions    whether child processes also run with other JVM options than none
 */
record BenchPlan(String name, List<Integer> indexSizes, int answerArticles, int questions, int warmUp,
                 int throughputQuestions, int processRuns, boolean compareJvmOptions) {

    /** The CI smoke run: every measurement once, on a small corpus, in well under a minute. */
    static final BenchPlan QUICK = new BenchPlan("quick", List.of(1, 20), 20, 40, 20, 40, 1, false);
    /** The figures of BENCHMARKS.md: the targets are stated at 1,000 articles. */
    static final BenchPlan STANDARD = new BenchPlan("standard", List.of(1, 100, 1_000), 1_000, 300, 100, 300, 3, true);
    /** STANDARD and indexing at 10,000 articles: a quarter of an hour more on two cores. */
    static final BenchPlan LONG = new BenchPlan("long", List.of(1, 100, 1_000, 10_000), 1_000, 300, 100, 300, 3, true);

    BenchPlan {
        indexSizes = List.copyOf(indexSizes);
        if (!indexSizes.contains(answerArticles)) {
            throw new IllegalArgumentException("answers are measured on one of the indexed sizes");
        }
    }
}
