package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonReferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '"It was dark," says the 44-year-old.'                         | the 44-year-old
            '"I stayed," says the retired teacher, who is 81, with a smile.' | 81, the retired teacher
            '"We grew," says the chemist, now 37.'                          | 37, the chemist
            '"Never again," said the widow, aged 90.'                       | 90, the widow
            Rescuers searched near the 127-year-old market hall.            | ''
            """)
    void should_read_a_person_described_by_age_inside_a_sentence(String sentence, String described) {
        assertThat(PersonReference.inside(sentence).orElse("")).isEqualTo(described);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'At 19, the apprentice is the youngest on the boat.'      | 19, the apprentice
            'The 62-year-old engineer from Bergen had retired early.' | the 62-year-old engineer
            'At 9am, the office opened.'                              | ''
            'The retired ferryman, 81, still rows every morning.'     | 81, the retired ferryman
            'The council, 12 years after the vote, gave in.'          | ''
            The boat left at dawn.                                    | ''
            """)
    void should_read_a_sentence_that_opens_with_a_persons_description(String sentence, String described) {
        assertThat(PersonReference.opening(sentence).orElse("")).isEqualTo(described);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '"They just wait," says the farmer.'                | the farmer
            '"It works," said the former nurse, laughing.'      | the former nurse
            Prices rose, the ministry said.                     | ''
            The fund grew, says the council.                    | ''
            """)
    void should_read_the_speaker_of_a_quote_by_description(String sentence, String described) {
        assertThat(PersonReference.speaker(sentence).orElse("")).isEqualTo(described);
    }
}
