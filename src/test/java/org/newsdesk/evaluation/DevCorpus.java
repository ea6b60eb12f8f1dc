package org.newsdesk.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * The dev corpus of {@code src/test/resources/devcorpus}: invented articles and two question files, a
 * tuning half (fit constants on it) and a held-out half (report it; never tune on it), and a further tuning
 * set in {@code more/} on articles of its own (fit on it; never report it as held out). QUALITY.md says how
 * it was built and split.
 */
public final class DevCorpus {

    public static final Path ROOT = Path.of("src/test/resources/devcorpus");
    public static final Path ARTICLES = ROOT.resolve("articles");
    public static final Path TUNING = ROOT.resolve("questions-tuning.jsonl");
    public static final Path HELD_OUT = ROOT.resolve("questions-heldout.jsonl");
    public static final List<Path> HALVES = List.of(TUNING, HELD_OUT);
    /** A further tuning set on articles of its own, for fitting only: never reported as held out. */
    public static final Path MORE = ROOT.resolve("more");
    public static final Path MORE_ARTICLES = MORE.resolve("articles");
    public static final Path MORE_TUNING = MORE.resolve("questions.jsonl");
    /** A folder written blind (round6/README.md), split by article: fit on its tuning half, report the other. */
    public static final Path ROUND6 = ROOT.resolve("round6");
    public static final Path ROUND6_ARTICLES = ROUND6.resolve("articles");
    public static final Path ROUND6_TUNING = ROUND6.resolve("questions-tuning.jsonl");
    public static final Path ROUND6_HELD_OUT = ROUND6.resolve("questions-heldout.jsonl");

    private DevCorpus() {
    }
}
