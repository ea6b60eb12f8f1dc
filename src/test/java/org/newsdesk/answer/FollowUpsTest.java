package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    @Test
    void should_read_a_short_question_that_leans_on_the_previous_one_together_with_it() {
        assertThat(FollowUps.retrievalText("how many of them went back to Ukraine?",
                List.of("how many children were returned?")))
                .isEqualTo("how many children were returned? how many of them went back to Ukraine?");
    }

    @Test
    void should_leave_a_standalone_question_alone() {
        assertThat(FollowUps.retrievalText("Which court issued a warrant for Putin?", List.of("Who is Melania?")))
                .isEqualTo("Which court issued a warrant for Putin?");
        assertThat(FollowUps.retrievalText("how many of them went back?", List.of()))
                .isEqualTo("how many of them went back?");
    }

    @Test
    void should_tell_a_follow_up_that_names_its_subject_from_one_that_refers_back() {
        assertThat(FollowUps.namesItsSubject("And who was named best actor?")).isTrue();
        assertThat(FollowUps.namesItsSubject("And how old is she?")).isFalse();
        assertThat(FollowUps.namesItsSubject("What did they pay for it?")).isFalse();
    }
}
