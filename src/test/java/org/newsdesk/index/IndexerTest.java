package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class IndexerTest {

    @Test
    void should_leave_a_web_pages_links_to_other_stories_out_of_its_passages() throws Exception {
        // given a web page with links between its paragraphs
        Article article = new ArticleParser().parse("sinkhole.txt", """
                A sinkhole opened on Main Street early Monday, city officials said.

                RELATED: Heavy rain warning issued for the valley this weekend

                The street will stay closed for at least a week.

                READ MORE: How sinkholes form
                """, "hash");

        // when / then: every passage is reporting
        assertThat(Indexer.passagesOf(article, 0)).extracting(Passage::text).containsExactly(
                "A sinkhole opened on Main Street early Monday, city officials said.",
                "The street will stay closed for at least a week.");
    }

    @Test
    void should_leave_a_web_pages_most_read_list_out_of_its_passages() throws Exception {
        // given a web page saved with the site's list of other headlines under the story
        Article article = new ArticleParser().parse("sinkhole.txt", """
                A sinkhole opened on Main Street early Monday, city officials said.

                The street will stay closed for at least a week.

                Most read
                1. Council votes to raise parking charges from January
                2. Local bakery closes after 40 years
                """, "hash");

        // when / then: every passage is reporting
        assertThat(Indexer.passagesOf(article, 0)).extracting(Passage::text).containsExactly(
                "A sinkhole opened on Main Street early Monday, city officials said.",
                "The street will stay closed for at least a week.");
    }
}
