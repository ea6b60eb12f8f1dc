package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.facts.TimelineEvent.Precision;

class DateMentionsTest {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 10, 11);

    private static LocalDate date(String sentence) {
        return DateMentions.first(sentence, SATURDAY).orElseThrow().date();
    }

    @Test
    void should_read_spelled_out_dates_at_their_precision() {
        assertThat(DateMentions.first("Talks began on 3 March 2024 in Geneva.", SATURDAY)).get()
                .isEqualTo(new DateMentions.Mention("3 March 2024", LocalDate.of(2024, 3, 3), Precision.DAY));
        assertThat(DateMentions.first("after the February 2022 invasion", SATURDAY)).get()
                .extracting(DateMentions.Mention::date, DateMentions.Mention::precision)
                .containsExactly(LocalDate.of(2022, 2, 1), Precision.MONTH);
        assertThat(DateMentions.first("captured near Bakhmut in 2023.", SATURDAY)).get()
                .extracting(DateMentions.Mention::precision).isEqualTo(Precision.YEAR);
        assertThat(DateMentions.first("The library opens to the public on Sept. 1.", SATURDAY)).get()
                .extracting(DateMentions.Mention::words, DateMentions.Mention::precision)
                .containsExactly("Sept. 1", Precision.DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            received my letter last August                                           | 2025-08-01
            It was a rare appearance since her husband's return to power in January. | 2025-01-01
            released on Wednesday                                                    | 2025-10-08
            returned in the last 24 hours                                            | 2025-10-11
            talks in Istanbul next month                                             | 2025-11-01
            """)
    void should_read_relative_dates_against_the_publication_date(String words, LocalDate expected) {
        assertThat(date(words)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The pool opens on 1 March after repairs.                                   | 2026-03-01
            The bridge will close in January, the council said.                        | 2026-01-01
            Organisers said the race on May 18 would go ahead.                         | 2026-05-18
            Divers plan a dive in June to survey the wreck.                            | 2026-06-01
            The trial is due to open on 2 February.                                    | 2026-02-02
            Councillors voted to close the bridge in November.                         | 2025-11-01
            The hearing will resume later in October.                                  | 2025-10-01
            Forecasters expect the rain to ease by Thursday, but warned of landslides. | 2025-10-16
            """)
    void should_put_dates_a_clause_looks_ahead_to_on_or_after_publication(String words, LocalDate expected) {
        assertThat(date(words)).isEqualTo(expected);
    }

    // given: the article is published on Saturday 11 October 2025
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The ministers will meet next Monday.            | 2025-10-13
            The council will vote on Friday.                | 2025-10-17
            On Friday, the council will vote on the plan.   | 2025-10-17
            The council voted on Friday.                    | 2025-10-10
            The mayor said on Tuesday the pool will reopen. | 2025-10-07
            He was last seen last Saturday.                 | 2025-10-04
            Police are searching the river on Saturday.     | 2025-10-11
            """)
    void should_read_weekdays_in_the_direction_of_their_clause(String words, LocalDate expected) {
        assertThat(date(words)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The storm hit the coast on 28 September, officials said. | 2025-09-28
            The two victims had been missing since Sunday.           | 2025-10-05
            Flights were cancelled due to fog on 2 November.         | 2024-11-02
            The museum closed in December for repairs.               | 2024-12-01
            """)
    void should_keep_past_dates_in_the_past(String words, LocalDate expected) {
        assertThat(date(words)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ticket sales: 2 November. | 2025-11-02
            Ticket sales: 2 March.    | 2026-03-02
            Ticket sales: 2 June.     | 2025-06-02
            """)
    void should_take_the_nearest_day_or_month_when_nothing_gives_a_direction(String words, LocalDate expected) {
        assertThat(date(words)).isEqualTo(expected);
    }

    @Test
    void should_not_make_a_month_alone_more_precise() {
        assertThat(DateMentions.first("The ferry will return in June.", SATURDAY)).get()
                .extracting(DateMentions.Mention::precision).isEqualTo(Precision.MONTH);
    }

    @Test
    void should_not_take_figures_or_the_verb_may_or_words_like_months_for_dates() {
        assertThat(DateMentions.in("almost 20,000 children; 1,2024 crates; the 1990s", SATURDAY)).isEmpty();
        assertThat(DateMentions.in("Officials may travel within 24 hours of taking office.", SATURDAY)).isEmpty();
        assertThat(DateMentions.in("The 5 Marines met 12 Mayors and the Junior league.", SATURDAY)).isEmpty();
    }

    @Test
    void should_prefer_the_most_specific_date_of_a_sentence() {
        assertThat(DateMentions.first("Displaced by the 2022 invasion, they returned in the last 24 hours.", SATURDAY))
                .get().extracting(DateMentions.Mention::precision).isEqualTo(Precision.DAY);
    }
}
