package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
    void should_hold_a_word_when_its_sentence_holds_one_of_its_family() {
        // given the terms of a sentence with "drivers" and "owner"
        LexicalIndex index = new LexicalIndex(List.of());
        Set<String> sentence = index.terms("The charity has 34 volunteer drivers and one owner.");

        // when / then: "drive" and "own" are held, an unrelated word is not
        assertThat(LexicalIndex.holds(sentence, only(index.terms("drive")))).isTrue();
        assertThat(LexicalIndex.holds(sentence, only(index.terms("owns")))).isTrue();
        assertThat(LexicalIndex.holds(sentence, only(index.terms("fly")))).isFalse();
    }

    @Test
    void should_hold_a_verb_when_its_sentence_holds_an_irregular_form_of_it() {
        // given the terms of a sentence with "won" and "paid"
        LexicalIndex index = new LexicalIndex(List.of());
        Set<String> sentence = index.terms("Alemu won the race and the council paid for the lights.");

        // when / then: "winning" and "pays" are held, and "won" is held by a sentence that says "wins"
        assertThat(LexicalIndex.holds(sentence, only(index.terms("winning")))).isTrue();
        assertThat(LexicalIndex.holds(sentence, only(index.terms("pays")))).isTrue();
        assertThat(LexicalIndex.holds(index.terms("She wins again."), only(index.terms("won")))).isTrue();
        assertThat(LexicalIndex.holds(sentence, only(index.terms("lose")))).isFalse();
    }

    private static String only(Set<String> terms) {
        assertThat(terms).hasSize(1);
        return terms.iterator().next();
    }
}
