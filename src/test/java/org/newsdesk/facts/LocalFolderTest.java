package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.index.Progress;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.testsupport.TestDesks;

/**
 * Timeline, summary and quick facts over a small local paper's folder written for these tests
 * (src/test/resources/facts/local): bylines with lower-case titles, a wire report and a local one of the
 * same fire, a brief, and dates that look ahead.
 */
class LocalFolderTest {

    private static final Path LOCAL = Path.of("src/test/resources/facts/local");

    @TempDir
    static Path root;
    private static Desk desk;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(LOCAL)) {
            desk = TestDesks.loaded(root, files.map(Path::toString).sorted().toArray(String[]::new));
        }
    }

    private static LocalDate dateOf(String words) {
        return desk.timeline().stream().filter(event -> event.quote().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no event quotes " + words)).date();
    }

    // given: the pool report is dated Wednesday 8 October 2025, the fire report Monday 6 October
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            will reopen on 1 March          | 2026-03-01
            due to start work next Monday   | 2025-10-13
            will stay closed until Friday   | 2025-10-10
            race will be held on May 17     | 2026-05-17
            The pool closed in August       | 2025-08-01
            on Harbour Road on Sunday night | 2025-10-05
            """)
    void should_put_what_the_articles_look_ahead_to_after_their_publication(String words, LocalDate expected) {
        assertThat(dateOf(words)).isEqualTo(expected);
    }

    @Test
    void should_group_the_two_reports_of_the_fire_as_one_event_and_the_rest_apart() {
        assertGroupsTheFireAsOneEvent(desk);
    }

    @Test
    void should_group_the_same_reports_on_minilm_whose_similarities_run_lower() {
        // given the folder embedded by the other model an operator can choose
        Desk onMiniLm = Desk.open(root.resolve("knowledge"), TestDesks.PROMPTS, root.resolve("minilm"),
                InProcessEmbeddings.MINILM_QUANTIZED.load());
        onMiniLm.reload(Progress.NONE);

        assertGroupsTheFireAsOneEvent(onMiniLm);
    }

    @Test
    void should_find_the_reports_of_one_reports_event_among_others() {
        // given
        Snapshot snapshot = desk.snapshot();
        Article wire = snapshot.article("2025-10-07-wire-warehouse-fire.txt").orElseThrow();

        // when
        Set<Article> event = Events.sameEventAs(wire, snapshot.articles(), snapshot);

        // then
        assertThat(event).extracting(Article::document)
                .containsExactly("2025-10-07-wire-warehouse-fire.txt", "2025-10-06-gazette-warehouse-fire.txt");
    }

    private static void assertGroupsTheFireAsOneEvent(Desk desk) {
        // when
        List<Events.Event> events = Events.of(desk.snapshot());

        // then
        assertThat(events).extracting(event -> event.reports().stream().map(report -> report.info().document()).toList())
                .containsExactly(
                        List.of("2025-10-07-wire-warehouse-fire.txt", "2025-10-06-gazette-warehouse-fire.txt"),
                        List.of("2025-10-08-gazette-riverside-pool.txt"),
                        List.of("2025-10-05-gazette-marathon-brief.txt"));
    }

    @Test
    void should_sum_up_each_event_from_the_lead_of_its_newest_report_most_reported_first() {
        // when
        List<Quote> summary = desk.summary();

        // then
        assertThat(summary).hasSizeLessThanOrEqualTo(Summary.TARGET_SENTENCES);
        assertThat(summary.get(0).text()).startsWith("Police said on Tuesday that a fire which destroyed a grain warehouse");
        assertThat(summary).extracting(quote -> quote.article().document()).containsSubsequence(
                "2025-10-07-wire-warehouse-fire.txt", "2025-10-08-gazette-riverside-pool.txt",
                "2025-10-05-gazette-marathon-brief.txt").doesNotContain("2025-10-06-gazette-warehouse-fire.txt");
        assertThat(summary).extracting(Quote::text).contains(
                "The Riverside pool will reopen on 1 March after a winter of repairs, the parks department said on Tuesday.",
                "The Brackenport half marathon drew a record 2,300 runners on Sunday, organisers said.");
    }

    @Test
    void should_give_quick_facts_in_the_order_of_the_summary_every_report_of_an_event_newest_first() {
        // when
        List<ArticleFacts> facts = desk.quickFacts();

        // then: the fire (two reports) before the pool, although the pool's report is the newest
        assertThat(facts).extracting(article -> article.article().document()).containsExactly(
                "2025-10-07-wire-warehouse-fire.txt", "2025-10-06-gazette-warehouse-fire.txt",
                "2025-10-08-gazette-riverside-pool.txt", "2025-10-05-gazette-marathon-brief.txt");
    }

    @Test
    void should_keep_bylines_and_sign_offs_out_of_timeline_summary_and_facts() {
        List<String> quoted = Stream.of(
                desk.timeline().stream().map(event -> event.quote().text()),
                desk.summary().stream().map(Quote::text),
                desk.quickFacts().stream().flatMap(article -> article.facts().stream()).map(fact -> fact.quote().text()))
                .flatMap(s -> s).toList();

        assertThat(quoted).isNotEmpty().noneMatch(text -> text.contains("staff writer") || text.startsWith("By ")
                || text.contains("Reporting by"));
    }

    @Test
    void should_quote_every_item_verbatim_from_its_own_article() {
        List<Quote> quotes = Stream.of(
                desk.timeline().stream().map(TimelineEvent::quote),
                desk.summary().stream(),
                desk.quickFacts().stream().flatMap(article -> article.facts().stream()).map(QuickFact::quote))
                .flatMap(s -> s).toList();

        assertThat(quotes).allSatisfy(quote -> assertThat(text(quote.article().document())).contains(quote.text()));
    }

    private static String text(String document) {
        try {
            return Files.readString(LOCAL.resolve(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
