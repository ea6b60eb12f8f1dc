package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words and their parts of speech as the claim check reads them, clitics apart. */
class EnglishTaggerTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Orbis's shares rose 4 percent.          | 's/PART shares/NOUN rose/VERB
            Moscow's troops have left.              | Moscow/PROPN 's/PART troops/NOUN
            The union said it's over.               | it/PRON 's/AUX
            The firm hasn't paid.                   | has/AUX n't/PART paid/VERB
            """)
    void should_tag_the_words_after_a_clitic_as_the_tagger_learnt_them_whole(String text, String expected) {
        String tagged = String.join(" ", EnglishTagger.shared().tag(text).stream()
                .map(token -> token.text() + "/" + token.tag()).toList());

        assertThat(tagged).contains(expected);
    }
}
