package org.newsdesk.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsdesk.Desk;
import org.newsdesk.testsupport.TestDesks;

/** Prints every golden question with its candidates' evidence: the tool for calibrating {@link Calibration}. */
public final class GoldenSetReport {

    public static void main(String[] args) throws Exception {
        boolean raw = args.length > 0 && args[0].equals("raw");
        Path root = Files.createTempDirectory("golden");
        GoldenSet set = GoldenSet.load();
        String seed = raw ? TestDesks.RAW_SEED : set.seed();
        Desk desk = TestDesks.loaded(root, seed, set.extra());
        String seedName = Path.of(seed).getFileName().toString();
        ExtractiveAnswerer answerer = (ExtractiveAnswerer) desk.extractive();
        int right = 0;
        for (GoldenSet.Item item : set.questions()) {
            Answer answer = answerer.answer(Question.of(item.q()));
            GoldenSet.Graded graded = set.grade(item, answer, seedName, set.extra(),
                    doc -> desk.snapshot().article(doc).orElseThrow().body());
            if (graded.correct()) {
                right++;
            }
            System.out.printf("%s %-70s %s%n", graded.correct() ? "OK " : "BAD", item.q(), graded.problem());
            String guarded = QuestionGuard.check(item.q()).question();
            Evidence evidence = new Evidence(guarded, guarded, desk.snapshot(), desk.retrieval().embeddings().of(guarded));
            List<Candidate> ranked = answerer.rank(evidence, desk.retrieval().chain());
            if (!ranked.isEmpty()) {
                System.out.printf("      confidence %.3f%n", answerer.confidence(ranked.get(0), evidence));
            }
            for (Candidate c : ranked.subList(0, Math.min(3, ranked.size()))) {
                System.out.printf("      %.3f sim=%.3f cov=%.2f kind=%s  %s%n", c.score(), c.similarity(), c.coverage(),
                        c.fitsKind() ? "y" : "n", abbreviate(c.passage().text()));
            }
        }
        System.out.printf("%d of %d correct%n", right, set.questions().size());
        System.exit(0);
    }

    private static String abbreviate(String text) {
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }
}
