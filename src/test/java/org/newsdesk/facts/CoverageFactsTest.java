package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.testsupport.TestDesks;

/** Quick facts, summary, timeline and sources over the seed article and the golden set's second article. */
class CoverageFactsTest {

    @TempDir
    static Path root;
    private static Desk desk;
    private static String seedText;
    private static String extraText;

    @BeforeAll
    static void load() throws Exception {
        desk = TestDesks.loaded(root, TestDesks.SEED, TestDesks.EXTRA);
        seedText = Files.readString(TestDesks.KNOWLEDGE.resolve(TestDesks.SEED));
        extraText = Files.readString(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA));
    }

    @Test
    void should_list_sources_newest_first_with_publisher_and_date() {
        assertThat(desk.sources()).extracting(ArticleInfo::publisher, ArticleInfo::published).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AFP", LocalDate.of(2025, 10, 11)),
                org.assertj.core.groups.Tuple.tuple("Reuters", LocalDate.of(2025, 9, 20)));
    }

    @Test
    void should_give_curated_facts_where_an_editor_wrote_them_and_draw_facts_elsewhere() {
        List<ArticleFacts> facts = desk.quickFacts();

        assertThat(facts.get(0).curated()).isTrue();
        assertThat(facts.get(0).facts()).hasSize(7).allSatisfy(fact -> assertThat(seedText).contains(fact.quote().text()));
        assertThat(facts.get(1).curated()).isFalse();
        assertThat(facts.get(1).facts()).extracting(QuickFact::kind).contains(QuickFact.Kind.FIGURE, QuickFact.Kind.PERSON,
                QuickFact.Kind.PLACE, QuickFact.Kind.DATE);
        assertThat(facts.get(1).facts()).allSatisfy(fact -> {
            assertThat(extraText).contains(fact.quote().text());
            assertThat(fact.quote().text()).contains(fact.statement());
        });
    }

    @Test
    void should_summarise_each_article_from_its_lead_in_verbatim_sentences() {
        List<Quote> summary = desk.summary();

        assertThat(summary).hasSizeBetween(2, Summary.TARGET_SENTENCES);
        assertThat(summary.get(0).text()).startsWith("US First Lady Melania Trump announced");
        assertThat(summary).anySatisfy(quote -> assertThat(quote.text()).startsWith("Russia and Ukraine each released"));
        assertThat(summary).allSatisfy(quote -> assertThat(seedText + extraText).contains(quote.text()));
    }

    @Test
    void should_put_dated_events_of_all_articles_in_order() {
        List<TimelineEvent> timeline = desk.timeline();

        assertThat(timeline).extracting(TimelineEvent::date).isSorted();
        assertThat(timeline).extracting(event -> event.quote().article().publisher()).contains("AFP", "Reuters");
        assertThat(timeline).filteredOn(event -> event.date().equals(LocalDate.of(2025, 9, 20)))
                .extracting(event -> event.quote().text()).anySatisfy(text -> assertThat(text).contains("on Saturday"));
        assertThat(timeline).filteredOn(event -> event.date().equals(LocalDate.of(2025, 8, 1)))
                .extracting(event -> event.quote().text()).anySatisfy(text -> assertThat(text).contains("last August"));
    }
}
