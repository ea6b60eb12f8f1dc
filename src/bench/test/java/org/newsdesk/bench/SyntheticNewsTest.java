package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {

    @Test
    void should_write_the_same_story_for_the_same_number_and_different_ones_otherwise() {
        // when
        SyntheticNews.Story first = SyntheticNews.story(7);

        // then
        assertThat(SyntheticNews.story(7)).isEqualTo(first);
        assertThat(SyntheticNews.story(8).text()).isNotEqualTo(first.text());
        assertThat(first.fileName()).endsWith("-synthetic-00007.txt");
        assertThat(first.text().lines().findFirst()).isPresent().get().asString().doesNotEndWith(".");
    }

    @Test
    void should_ask_answerable_questions_whose_phrase_is_in_a_story_and_every_fifth_about_nothing() {
        // given
        int stories = 30;
        String all = String.join("\n", java.util.stream.IntStream.range(0, stories)
                .mapToObj(n -> SyntheticNews.story(n).text()).toList());

        // when
        List<SyntheticNews.Probe> probes = SyntheticNews.probes(0, 200, stories);

        // then
        assertThat(probes).filteredOn(probe -> !probe.answerable()).hasSize(40);
        assertThat(probes).filteredOn(SyntheticNews.Probe::answerable)
                .allSatisfy(probe -> assertThat(all).contains(probe.expect()));
    }

    @Test
    void should_never_repeat_a_question_within_eight_per_story() {
        // given
        int stories = 50;

        // when
        Set<String> texts = new HashSet<>();
        SyntheticNews.probes(0, 8 * stories, stories).forEach(probe -> texts.add(probe.text()));

        // then
        assertThat(texts).hasSize(8 * stories);
    }
}
