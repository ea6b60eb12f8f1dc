package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/** The tables the product carries are exactly what WordNet gives: derived, never edited by hand. */
class WordNetTablesTest {

    @Test
    void should_hold_what_wordnet_gives() throws Exception {
        // given
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();

        // when / then
        assertThat(WordNetTables.read(WordNetTables.OPPOSITES)).isEqualTo(WordNetTables.opposites(wordNet));
        assertThat(WordNetTables.read(WordNetTables.SYNONYMS)).isEqualTo(WordNetTables.synonyms(wordNet));
        assertThat(WordNetTables.read(WordNetTables.CAPITALS)).isEqualTo(WordNetTables.capitals(wordNet));
        assertThat(WordNetTables.read(WordNetTables.WORD_FORMS)).isEqualTo(WordNetTables.wordForms(wordNet));
        assertThat(WordNetTables.read(WordNetTables.DEMONYMS)).isEqualTo(WordNetTables.demonyms(wordNet));
        assertThat(WordNetTables.read(WordNetTables.WORD_FAMILIES)).isEqualTo(WordNetTables.wordFamilies(wordNet));
    }
}
