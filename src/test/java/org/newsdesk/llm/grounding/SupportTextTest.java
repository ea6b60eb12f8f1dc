package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SupportTextTest {

    @Test
    void should_read_a_span_that_starts_with_its_verb_with_the_phrase_before_it() {
        assertThat(supportOf("Police said De Boer will join the club in May.", "will join the club in May"))
                .isEqualTo("De Boer will join the club in May");
    }

    @Test
    void should_read_a_verb_joined_to_an_earlier_one_with_the_passage_first_subject() {
        assertThat(supportOf("Mayor Ines Kroll said the city did not plan tax rises but would delay the bridge.",
                "would delay the bridge")).isEqualTo("Mayor Ines Kroll would delay the bridge");
    }

    @Test
    void should_read_a_subject_placed_by_prepositions_whole_when_no_verb_comes_before_the_span() {
        assertThat(supportOf("A tram in the old town of Graz on Monday hit three cyclists.", "hit three cyclists"))
                .isEqualTo("A tram in the old town of Graz on Monday hit three cyclists");
        assertThat(supportOf("The mayor said a tram in Graz hit three cyclists.", "hit three cyclists"))
                .doesNotContain("said");
    }

    @Test
    void should_read_a_verb_joined_inside_a_relative_clause_with_the_phrase_the_pronoun_stands_for() {
        assertThat(supportOf("The mill is owned by Vessel Oy, which makes paper for printers and is expected to close a plant in May.",
                "is expected to close a plant in May")).isEqualTo("Vessel Oy is expected to close a plant in May");
    }

    @Test
    void should_read_a_participle_after_a_comma_with_the_subject_of_the_clause_the_comma_ends() {
        assertThat(supportOf("The Graz court on Monday upheld the ban on night flights, ruling that the noise harmed residents.",
                "ruling that the noise harmed residents")).isEqualTo("The Graz court on Monday ruling that the noise harmed residents");
    }

    @Test
    void should_join_the_spans_and_leave_one_that_starts_otherwise_as_it_is() {
        assertThat(SupportText.of(List.of("the city did not plan tax rises", "the bridge"), List.of()))
                .isEqualTo("the city did not plan tax rises ; the bridge");
    }

    private static String supportOf(String passage, String span) {
        return SupportText.of(List.of(span),
                List.of(new GivenPassage(1, passage, "A made-up article", "Newsdesk", "2026-01-01")));
    }
}
