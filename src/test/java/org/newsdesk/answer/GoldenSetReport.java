package org.newsdesk.answer;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsdesk.desk.Desk;
import org.newsdesk.testsupport.TestDesks;

/**
 * The calibration tool for {@link Calibration}: for every golden question, the confidence of the best
 * candidate and whether that candidate is right; then, for each possible answer threshold, how many
 * seed, second-article and unanswerable questions come out right. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> org.newsdesk.answer.GoldenSetReport [raw]}.
 */
public final class GoldenSetReport {

    private record Row(String category, boolean right, double confidence, String question, String top) {
    }

    public static void main(String[] args) throws Exception {
        boolean raw = args.length > 0 && args[0].equals("raw");
        GoldenSet set = GoldenSet.load();
        Desk desk = TestDesks.loaded(Files.createTempDirectory("golden"), raw ? TestDesks.RAW_SEED : set.seed(), set.extra());
        ExtractiveAnswerer answerer = (ExtractiveAnswerer) desk.extractive();
        List<Row> rows = new ArrayList<>();
        for (GoldenSet.Item item : set.questions()) {
            QuestionGuard.Checked checked = QuestionGuard.check(item.q());
            if (!checked.ok()) {
                continue;
            }
            String question = checked.question();
            Evidence evidence = new Evidence(question, question, desk.snapshot(),
                    desk.retrieval().embeddings().of(question));
            List<Candidate> ranked = answerer.rank(evidence, desk.retrieval().chain());
            Candidate best = ranked.get(0);
            String text = best.passage().text().toLowerCase(Locale.ROOT);
            boolean right = item.expect().stream().anyMatch(e -> text.contains(e.toLowerCase(Locale.ROOT)));
            String category = !item.shouldAnswer() ? "unanswerable" : item.onExtra() ? "extra" : "seed";
            rows.add(new Row(category, right, answerer.confidence(best, evidence), item.q(), best.passage().text()));
        }
        rows.sort(Comparator.comparingDouble(Row::confidence));
        for (Row row : rows) {
            System.out.printf("%.4f %-12s %-5s %-60s | %s%n", row.confidence(), row.category(),
                    row.category().equals("unanswerable") ? "" : row.right() ? "right" : "WRONG",
                    cut(row.question(), 60), cut(row.top(), 70));
        }
        System.out.println("\nthreshold  seed  extra  declined   (current " + Calibration.ANSWER_THRESHOLD + ")");
        for (Row at : rows) {
            double threshold = at.confidence();
            System.out.printf("%.4f    %3d/%d %3d/%d  %3d/%d%n", threshold,
                    count(rows, "seed", threshold), total(rows, "seed"), count(rows, "extra", threshold),
                    total(rows, "extra"), count(rows, "unanswerable", threshold), total(rows, "unanswerable"));
        }
        System.exit(0);
    }

    /** Questions a threshold gets right: answerable ones answered with the right sentence, others declined. */
    private static long count(List<Row> rows, String category, double threshold) {
        return rows.stream().filter(r -> r.category().equals(category))
                .filter(r -> category.equals("unanswerable") ? r.confidence() < threshold
                        : r.right() && r.confidence() >= threshold)
                .count();
    }

    private static long total(List<Row> rows, String category) {
        return rows.stream().filter(r -> r.category().equals(category)).count();
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length - 1) + "…" : text;
    }
}
