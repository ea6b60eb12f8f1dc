package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

    @Test
    void should_read_relative_dates_against_the_publication_date() {
        assertThat(date("received my letter last August")).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(date("It was a rare appearance since her husband's return to power in January."))
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(date("released on Wednesday")).isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(date("returned in the last 24 hours")).isEqualTo(SATURDAY);
        assertThat(date("talks in Istanbul next month")).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void should_put_dates_a_clause_looks_ahead_to_on_or_after_publication() {
        assertThat(date("The pool opens on 1 March after repairs.")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(date("The bridge will close in January, the council said.")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(date("Organisers said the race on May 18 would go ahead.")).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(date("Divers plan a dive in June to survey the wreck.")).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(date("The trial is due to open on 2 February.")).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(date("Councillors voted to close the bridge in November.")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(date("The hearing will resume later in October.")).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(date("Forecasters expect the rain to ease by Thursday, but warned of landslides."))
                .isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void should_read_weekdays_in_the_direction_of_their_clause() {
        // given: the article is published on Saturday 11 October 2025
        assertThat(date("The ministers will meet next Monday.")).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(date("The council will vote on Friday.")).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(date("On Friday, the council will vote on the plan.")).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(date("The council voted on Friday.")).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(date("The mayor said on Tuesday the pool will reopen.")).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(date("He was last seen last Saturday.")).isEqualTo(LocalDate.of(2025, 10, 4));
        assertThat(date("Police are searching the river on Saturday.")).isEqualTo(SATURDAY);
    }

    @Test
    void should_keep_past_dates_in_the_past() {
        assertThat(date("The storm hit the coast on 28 September, officials said.")).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(date("The two victims had been missing since Sunday.")).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(date("Flights were cancelled due to fog on 2 November.")).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(date("The museum closed in December for repairs.")).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void should_take_the_nearest_day_or_month_when_nothing_gives_a_direction() {
        assertThat(date("Ticket sales: 2 November.")).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(date("Ticket sales: 2 March.")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(date("Ticket sales: 2 June.")).isEqualTo(LocalDate.of(2025, 6, 2));
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
