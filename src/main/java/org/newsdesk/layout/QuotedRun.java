package org.newsdesk.layout;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.facts.Quote;

/**
 * Sentences quoted in a row from one article: shown together, once, and followed by that article's mark
 * rather than a source line under each.
 *
 * @param number the article's number in the source list
 */
public record QuotedRun(List<String> sentences, int number) {

    public QuotedRun {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return String.join(" ", sentences);
    }

    public String mark() {
        return Cited.mark(number);
    }

    /** The quotes in their order, consecutive quotes of one article in one run; numbers the articles in {@code notes}. */
    static List<QuotedRun> of(List<Quote> quotes, Footnotes notes) {
        List<QuotedRun> runs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int number = 0;
        for (Quote quote : quotes) {
            int cited = notes.cite(quote.article());
            if (cited != number && !current.isEmpty()) {
                runs.add(new QuotedRun(current, number));
                current = new ArrayList<>();
            }
            number = cited;
            current.add(quote.text());
        }
        if (!current.isEmpty()) {
            runs.add(new QuotedRun(current, number));
        }
        return runs;
    }
}
