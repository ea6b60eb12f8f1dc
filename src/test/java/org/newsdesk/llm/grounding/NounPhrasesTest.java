package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

    @Test
    void should_keep_a_possessor_a_hyphened_word_and_what_of_or_at_joins_in_one_phrase() {
        assertThat(phrases("Hale's lawyer saw a Greek-owned tanker at the port of Primorsk."))
                .containsExactly("Hale 's lawyer", "a Greek - owned tanker at the port of Primorsk");
    }

    @Test
    void should_end_a_phrase_at_a_date_before_a_name_and_at_a_personal_pronoun() {
        assertThat(phrases("On Thursday Iran's Guards seized a tanker it said was Greek."))
                .contains("Thursday", "Iran 's Guards", "a tanker", "it");
    }

    @Test
    void should_end_a_phrase_at_a_relative_pronoun() {
        assertThat(phrases("There were complaints from rival airlines that Polaris would control most flights."))
                .contains("rival airlines");
    }

    private static List<String> phrases(String text) {
        List<Token> words = Statement.of(text).tokens;
        return NounPhrases.in(words).stream().map(phrase -> words.subList(phrase.start(), phrase.end()).stream()
                .map(Token::text).collect(Collectors.joining(" "))).toList();
    }
}
