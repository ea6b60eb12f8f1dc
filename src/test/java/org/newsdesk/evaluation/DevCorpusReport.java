package org.newsdesk.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newsdesk.desk.Desk;
import org.newsdesk.desk.Responder;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.index.Embedder;
import org.newsdesk.index.Progress;
import org.newsdesk.knowledge.Article;

/**
 * Every question set of the dev corpus through the offline answerer {@code newsdesk eval} uses, in one run:
 * one row per set with its per-kind figures, tuning sets first, then the held-out halves. With
 * {@code misses} it lists the misses of the tuning sets; it never lists a held-out half's misses, which
 * nobody should read (QUALITY.md). Run with the test classpath, from the project folder:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.newsdesk.evaluation.DevCorpusReport [misses]};
 * {@code -Dnewsdesk.model=all-minilm-l6-v2-q} for the other embedding model. About a minute.
 */
public final class DevCorpusReport {

    /** One question file over the folder of articles it asks about, and whether constants may be fitted on it. */
    record QuestionSet(String name, Path articles, Path questions, boolean tuning) {
    }

    private static final Path SCRATCH = DevCorpus.ROOT.resolve("scratch");

    /** The blind folders, round 6 to the last written ({@code devcorpus/roundN}). */
    private static final int FIRST_BLIND_ROUND = 6;
    private static final int LAST_BLIND_ROUND = 35;

    static final List<QuestionSet> SETS = Stream.of(
            Stream.of(new QuestionSet("dev", DevCorpus.ARTICLES, DevCorpus.TUNING, true),
                    new QuestionSet("more", DevCorpus.MORE_ARTICLES, DevCorpus.MORE_TUNING, true),
                    new QuestionSet("scratch round 5", DevCorpus.ARTICLES, SCRATCH.resolve("round5-articles.jsonl"), true),
                    new QuestionSet("scratch round 5, more", DevCorpus.MORE_ARTICLES, SCRATCH.resolve("round5-more.jsonl"),
                            true),
                    new QuestionSet("scratch qualified", DevCorpus.ARTICLES, SCRATCH.resolve("round6-qualified.jsonl"), true),
                    new QuestionSet("scratch injections", DevCorpus.ARTICLES, SCRATCH.resolve("round6-injections.jsonl"),
                            true)),
            blindHalves(true),
            Stream.of(new QuestionSet("dev", DevCorpus.ARTICLES, DevCorpus.HELD_OUT, false)),
            blindHalves(false)).flatMap(sets -> sets).toList();

    private DevCorpusReport() {
    }

    private static Stream<QuestionSet> blindHalves(boolean tuning) {
        return IntStream.rangeClosed(FIRST_BLIND_ROUND, LAST_BLIND_ROUND).mapToObj(round -> blind(round, tuning));
    }

    private static QuestionSet blind(int round, boolean tuning) {
        Path folder = DevCorpus.ROOT.resolve("round" + round);
        return new QuestionSet("round " + round, folder.resolve("articles"),
                folder.resolve(tuning ? "questions-tuning.jsonl" : "questions-heldout.jsonl"), tuning);
    }

    public static void main(String[] args) throws Exception {
        InProcessEmbeddings model = InProcessEmbeddings.byId(
                System.getProperty("newsdesk.model", InProcessEmbeddings.DEFAULT.id()));
        boolean misses = args.length > 0 && args[0].equals("misses");
        Embedder embedder = model.load();
        Map<Path, Desk> desks = new LinkedHashMap<>();
        List<String> tuningMisses = new ArrayList<>();
        System.out.println("## " + model.id());
        System.out.println();
        System.out.println("| set | half | " + String.join(" | ", List.of(EvalKind.values()).stream()
                .map(EvalKind::label).toList()) + " | all | not verbatim, wrong article |");
        System.out.println("|---|---|" + "---|".repeat(EvalKind.values().length + 2));
        for (QuestionSet set : SETS) {
            Desk desk = desks.computeIfAbsent(set.articles(), folder -> loaded(folder, embedder));
            EvalReport report = evaluate(desk, set.questions());
            System.out.println(row(set, report));
            if (misses && set.tuning()) {
                report.missLines().forEach(miss -> tuningMisses.add(set.name() + ": " + miss));
            }
        }
        if (misses) {
            System.out.println();
            System.out.println("Misses of the tuning sets (" + tuningMisses.size() + "):");
            tuningMisses.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static Desk loaded(Path folder, Embedder embedder) {
        try {
            Desk desk = Desk.open(folder, Path.of("prompts"), Files.createTempDirectory("devcorpus"), embedder);
            desk.reload(Progress.NONE);
            return desk;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The set through what {@code newsdesk eval} runs offline: requests and questions alike. */
    private static EvalReport evaluate(Desk desk, Path questions) throws Exception {
        Map<String, String> texts = desk.snapshot().articles().stream()
                .collect(Collectors.toMap(Article::document, Article::body));
        Responder responder = new Responder(desk, desk.offline(), desk.extractiveSummarizer(), Clock.systemDefaultZone());
        return new EvalReport(new Evaluation(responder, new Judge(texts)).run(QuestionFile.read(questions), Progress.NONE));
    }

    private static String row(QuestionSet set, EvalReport report) {
        List<String> cells = new ArrayList<>(List.of(set.name(), set.tuning() ? "tuning" : "held out"));
        for (EvalKind kind : EvalKind.values()) {
            EvalReport.Tally tally = report.byKind().get(kind);
            cells.add(tally == null || tally.questions() == 0 ? "" : tally.right() + "/" + tally.questions());
        }
        cells.add("**" + report.all().right() + "/" + report.all().questions() + "**");
        cells.add(report.nonVerbatimQuotes() + ", " + report.wrongArticleQuotes());
        return "| " + String.join(" | ", cells) + " |";
    }
}
