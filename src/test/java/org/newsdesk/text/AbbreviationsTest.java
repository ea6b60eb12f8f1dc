package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The vote is on Dec.           | true
            said Gov.                     | true
            GRANTHAM FALLS, Mont.         | true
            John F.                       | true
            the U.S.                      | true
            The council voted.            | false
            He was ill.                   | false
            """)
    void should_tell_a_full_stop_that_closes_an_abbreviation_from_one_that_ends_a_sentence(String text,
                                                                                           boolean abbreviation) {
        assertThat(Abbreviations.closesAbbreviation(text, 0, text.length())).isEqualTo(abbreviation);
    }
}
