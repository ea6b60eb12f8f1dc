package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.answer.FigureValues.Measure;

class FigureValuesTest {

    @Test
    void should_read_figures_in_digits_and_words_and_leave_out_years() {
        assertThat(FigureValues.in("Nineteen people were missing in 2025 and 20,000 fled; twelve million euros were pledged."))
                .containsExactly(new BigDecimal("19"), new BigDecimal("2E+4"), new BigDecimal("1.2E+7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The fire had burned some 4,200 hectares of pine forest.                 | AREA
            The fire now has a perimeter of 74 kilometers.                          | LENGTH
            Police closed a 30-kilometre stretch of the road.                       | LENGTH
            The library will be a seven-storey building.                            | LENGTH
            About 1,800 people were forced to leave five villages.                  | COUNT
            Damage was put at €150 million.                                         | MONEY
            Insurers put the damage at 230 million euros.                           | MONEY
            The yearling colt made 310,000gns at the Newmarket sales.               | MONEY
            The sculpture was sold for 2.4 million rand.                            | MONEY
            The trader said she lost stock worth N9 million in the blaze.           | MONEY
            The ministry set aside ₦2.5 billion for repairs.                        | MONEY
            A ticket costs Rs 450 on weekdays.                                       | MONEY
            Lorries were diverted along the N14 for 9 hours.                        | DURATION
            Turnout fell to 61.5% from 64 per cent.                                 | SHARE
            The strike lasted three days.                                           | DURATION
            Winds reached 120 km/h overnight.                                       | SPEED
            Forecasters expect up to 42C on Thursday.                               | TEMPERATURE
            It was 104 F in the shade.                                              | TEMPERATURE
            The tank held some 1,500 metric tons of styrene.                        | MASS
            The ship ran aground 12 nautical miles offshore.                        | LENGTH
            """)
    void should_tell_what_a_figure_measures_by_the_unit_after_it(String sentence, Measure measure) {
        assertThat(FigureValues.measures(sentence)).containsExactly(measure);
    }

    @Test
    void should_give_every_measure_of_a_sentence_with_several_figures() {
        assertThat(FigureValues.measures("Temperatures above 40 degrees forced 1,800 people from their homes."))
                .containsExactlyInAnyOrder(Measure.TEMPERATURE, Measure.COUNT);
    }
}
