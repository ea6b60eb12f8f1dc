package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.testsupport.TestDesks;

class EventsTest {

    private static final String WIRE = "src/test/resources/wire/";

    @TempDir
    static Path root;

    private static Snapshot snapshot;

    @BeforeAll
    static void load() {
        // an agency's report of a ferry sinking and, a day later, a live page on it that opens with its last entry's
        // farewell; a museum story of five days before
        snapshot = TestDesks.loaded(root, WIRE + "2025-06-07-ap-kos-ferry-reef.txt",
                WIRE + "2025-06-08-island-post-live-kardamena-ferry.txt", WIRE + "2025-06-02-afp-paris-museum.txt")
                .retrieval().chain().snapshot();
    }

    @Test
    void should_take_a_live_page_whose_lead_greets_the_reader_for_a_report_of_the_event_it_follows() {
        // when
        Set<String> event = Events.sameEventAs(article("ap-kos"), snapshot.articles(), snapshot).stream()
                .map(Article::document).collect(Collectors.toSet());

        // then: the two share the event's rare words (Aegean Star, Kardamena, Kos), the museum story none of them
        assertThat(event).containsExactlyInAnyOrder("2025-06-07-ap-kos-ferry-reef.txt",
                "2025-06-08-island-post-live-kardamena-ferry.txt");
    }

    @Test
    void should_share_far_more_words_between_reports_of_one_event_than_of_two() {
        assertThat(SharedWords.between(article("ap-kos"), article("live-kardamena"), snapshot.lexical()))
                .isGreaterThanOrEqualTo(SharedWords.SAME_EVENT);
        assertThat(SharedWords.between(article("ap-kos"), article("paris-museum"), snapshot.lexical()))
                .isLessThan(SharedWords.SAME_EVENT);
    }

    @Test
    void should_not_tie_an_undated_page_to_a_report_by_one_sign_alone(@TempDir Path pages) {
        // given: a council's undated page of questions on allotments, an organ builder's undated blog post, and an
        // agency's wire on the Danube; their first lines read much alike, and they share almost no rarer word
        String rounds = "src/test/resources/devcorpus/round34/articles/";
        Snapshot three = TestDesks.loaded(pages, rounds + "ashgrove-allotments-new-site-faq.txt",
                rounds + "zandeweer-organ-restoration-diary-pipes-return.txt",
                rounds + "2025-08-27-mti-danube-low-water-cruise-ships-stranded-budapest.txt").retrieval().chain().snapshot();
        Article page = three.articles().stream().filter(article -> article.document().startsWith("ashgrove")).findFirst()
                .orElseThrow();

        // when
        Set<Article> event = Events.sameEventAs(page, three.articles(), three);

        // then
        assertThat(event).containsExactly(page);
    }

    private static Article article(String part) {
        return snapshot.articles().stream().filter(article -> article.document().contains(part)).findFirst().orElseThrow();
    }
}
