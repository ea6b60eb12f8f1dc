package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void should_cut_a_long_sentence_at_its_commas_into_pieces_that_each_say_something() {
        String sentence = "A Jersey heifer bred near Ashbourne sold for 8,400 guineas at the spring dairy sale in Derby "
                + "on Tuesday, the best price of the morning, after a long duel between two buyers from Cheshire.";

        assertThat(Clauses.of(sentence)).containsExactly(
                "A Jersey heifer bred near Ashbourne sold for 8,400 guineas at the spring dairy sale in Derby on Tuesday,",
                "the best price of the morning,", "after a long duel between two buyers from Cheshire.");
    }

    @Test
    void should_not_cut_off_a_short_last_piece_such_as_an_attribution() {
        String sentence = "The council will close the coastal path between the harbour and the lighthouse for six weeks "
                + "from Monday while engineers repair the sea wall, it said.";

        assertThat(Clauses.of(sentence)).isEmpty();
    }

    @Test
    void should_leave_a_short_sentence_whole() {
        assertThat(Clauses.of("The ferry, which was late, left at noon, the operator said.")).isEmpty();
    }
}
