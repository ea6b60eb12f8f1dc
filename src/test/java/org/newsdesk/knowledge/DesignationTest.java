package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DesignationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ORDINANCE No. 5 of 2025|5 of 2025", "DECISION No. 14/2024|14/2024", "EXECUTIVE ORDER NO. 31|31",
            "EXECUTIVE ORDER NO. 8 Series of 2024|8 of 2024", "Local Notice to Mariners No. 3, of 2023|3 of 2023"})
    void should_read_the_number_a_designation_gives(String title, String number) {
        assertThat(Designation.numberIn(title)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Flood barriers hold as river crests", "Order of play for the No. 1 court",
            "Bus route 5 returns"})
    void should_find_no_number_in_a_title_that_is_no_designation(String title) {
        assertThat(Designation.numberIn(title)).isEmpty();
    }
}
