package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class LexicalIndexTest {

    @Test
    void should_count_the_dateline_place_among_what_an_article_mentions() throws Exception {
        // given a wire story whose sentences never repeat the place of its dateline
        Article article = new ArticleParser().parse("plastics.txt", """
                GENEVA, March 3 (Reuters) - Negotiators resumed talks on a plastics treaty on Monday.
                The talks are scheduled to run for ten days.
                """, "hash");
        LexicalIndex index = new LexicalIndex(Indexer.passagesOf(article, 0));

        // when / then: a question naming Geneva names a place the article speaks of
        assertThat(index.articleTerms("plastics.txt")).containsAll(index.terms("Geneva"));
        assertThat(index.passageTerms(0)).doesNotContainAnyElementsOf(index.terms("Geneva"));
    }

    @Test
    void should_know_the_publisher_only_a_masthead_names_without_searching_it() throws Exception {
        // given: a warning whose text never names the service that issued it
        Article article = new ArticleParser().parse("warning.txt", """
                Met Éireann | Weather Warnings | Ireland

                Status Orange - Wind warning for Galway and Mayo

                Southwesterly winds will reach mean speeds of 65 to 80km/h. Sailings are likely to be cancelled.
                """, "hash");
        LexicalIndex index = new LexicalIndex(Indexer.passagesOf(article, 0));

        // then: a question naming Met Éireann names something the article speaks of, yet no passage is found by it
        assertThat(article.metadata().publisher()).isEqualTo("Met Éireann");
        assertThat(index.articleTerms("warning.txt")).containsAll(index.terms("Éireann"));
        index.terms("Éireann").forEach(term -> assertThat(index.passagesWith(term)).isPositive());
        assertThat(index.search("Éireann", 5)).isEmpty();
    }

    @Test
    void should_read_words_as_written_without_the_parts_of_a_verb_and_particle_noun() throws Exception {
        // given
        Article article = new ArticleParser().parse("a.txt", "The UK handed over the ambulances.", "hash");
        LexicalIndex index = new LexicalIndex(Indexer.passagesOf(article, 0));

        // when / then: "takeover" gives its parts to retrieval, not to the words as written; aliases stay
        assertThat(index.terms("the takeover")).contains("take", "over");
        assertThat(index.wordTerms("the takeover")).doesNotContain("take", "over").isNotEmpty();
        assertThat(index.wordTerms("Britain")).containsAll(index.terms("Britain"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The charity has 34 volunteer drivers and one owner.          | drive   | true
            The charity has 34 volunteer drivers and one owner.          | owns    | true
            The charity has 34 volunteer drivers and one owner.          | fly     | false
            The film by director Nino Abashidze won the prize.           | directed | true
            The actor Tom Reed spoke.                                    | acts    | true
            Alemu won the race and the council paid for the lights.      | winning | true
            Alemu won the race and the council paid for the lights.      | pays    | true
            She wins again.                                              | won     | true
            The fastest leg was swum by Ellie Brannagh.                  | swam    | true
            The talks had begun on Monday.                               | began   | true
            The death toll rose to 17 on Tuesday.                        | died    | true
            Alemu won the race and the council paid for the lights.      | lose    | false
            """)
    void should_hold_a_word_when_its_sentence_holds_one_of_its_family_or_an_irregular_form(String sentence,
                                                                                          String word, boolean held) {
        // given the terms of a sentence: word families by WordNet's derivations, irregular verbs by its exceptions
        LexicalIndex index = new LexicalIndex(List.of());

        // when / then
        assertThat(LexicalIndex.holds(index.terms(sentence), only(index.terms(word)))).isEqualTo(held);
    }

    private static String only(Set<String> terms) {
        assertThat(terms).hasSize(1);
        return terms.iterator().next();
    }
}
