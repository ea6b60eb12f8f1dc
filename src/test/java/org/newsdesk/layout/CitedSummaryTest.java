package org.newsdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Quote;

/** A quoted summary in runs of one article; a written one with its passages under their articles. */
class CitedSummaryTest {

    private static final ArticleInfo A = new ArticleInfo("a.md", "Article A", "AFP", LocalDate.of(2025, 10, 11));
    private static final ArticleInfo B = new ArticleInfo("b.md", "Article B", "Reuters", null);

    @Test
    void should_run_the_quotes_of_one_article_together_under_one_mark() {
        // when
        CitedSummary summary = CitedSummary.of(CoverageSummary.quoted(List.of(new Quote("One.", A),
                new Quote("Two.", A), new Quote("Three.", B))));

        // then
        assertThat(summary.written()).isFalse();
        assertThat(summary.runs()).extracting(QuotedRun::text, QuotedRun::mark)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("One. Two.", "[1]"),
                        org.assertj.core.groups.Tuple.tuple("Three.", "[2]"));
        assertThat(summary.sources()).allSatisfy(note -> assertThat(note.quotes()).isEmpty());
        assertThat(summary.marks()).isEqualTo(Marks.ARTICLES);
    }

    @Test
    void should_list_a_written_summary_passages_under_their_articles() {
        // when
        CitedSummary summary = CitedSummary.of(new CoverageSummary("Children came home [1]; prisoners too [2].",
                List.of(new Quote("One.", A), new Quote("Two.", B)), ""));

        // then
        assertThat(summary.runs()).isEmpty();
        assertThat(summary.marks()).isEqualTo(Marks.PASSAGES);
        assertThat(summary.sources()).extracting(note -> note.quotes().get(0).mark()).containsExactly("[1]", "[2]");
    }
}
