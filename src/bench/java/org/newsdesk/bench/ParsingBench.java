package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleFormatException;
import org.newsdesk.knowledge.ArticleParser;
import org.newsdesk.knowledge.Sentences;

/**
 * Parsing and sentence splitting of hostile articles just under the 1 MB limit: a long run of one
 * character once made a backtracking pattern take minutes (issue 9). Each is parsed a few times and
 * the fastest run reported.
 */
final class ParsingBench {

    private static final int CHARACTERS = 990_000;
    private static final int RUNS = 3;
    private static final String LEAD = "Officials met in the capital on Monday. ";
    private static final List<Map.Entry<String, String>> RUNS_OF = List.of(Map.entry("spaces", " "),
            Map.entry("newlines", "\n"), Map.entry("dashes", "-"), Map.entry("quote marks", "\""),
            Map.entry("full stops and spaces", ". "));

    private final Report report;

    ParsingBench(Report report) {
        this.report = report;
    }

    void run() {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> run : RUNS_OF) {
            String name = run.getKey();
            String unit = run.getValue();
            String content = LEAD + unit.repeat(CHARACTERS / unit.length());
            double best = Double.MAX_VALUE;
            for (int attempt = 0; attempt < RUNS; attempt++) {
                long started = System.nanoTime();
                parseAndSplit(content);
                best = Math.min(best, (System.nanoTime() - started) / 1e6);
            }
            rows.add(List.of(name, Report.ms(best)));
        }
        report.section("Parsing a 1 MB article made of one repeated run");
        report.table(List.of("run of", "parse and split"), rows);
    }

    private static void parseAndSplit(String content) {
        try {
            Article article = new ArticleParser().parse("bench.txt", content, "hash");
            Sentences.split(article.body(), article.lead(), article.end());
        } catch (ArticleFormatException rejected) {
            // an article of nothing but the run is refused, which is an answer too
        }
    }
}
