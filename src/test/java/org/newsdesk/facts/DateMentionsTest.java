package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdesk.facts.TimelineEvent.Precision;

class DateMentionsTest {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 10, 11);

    @Test
    void should_read_spelled_out_dates_at_their_precision() {
        assertThat(DateMentions.first("Talks began on 3 March 2024 in Geneva.", SATURDAY)).get()
                .isEqualTo(new DateMentions.Mention("3 March 2024", LocalDate.of(2024, 3, 3), Precision.DAY));
        assertThat(DateMentions.first("after the February 2022 invasion", SATURDAY)).get()
                .extracting(DateMentions.Mention::date, DateMentions.Mention::precision)
                .containsExactly(LocalDate.of(2022, 2, 1), Precision.MONTH);
        assertThat(DateMentions.first("captured near Bakhmut in 2023.", SATURDAY)).get()
                .extracting(DateMentions.Mention::precision).isEqualTo(Precision.YEAR);
    }

    @Test
    void should_read_relative_dates_against_the_publication_date() {
        assertThat(DateMentions.first("received my letter last August", SATURDAY).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(DateMentions.first("his return to power in January", SATURDAY).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(DateMentions.first("released on Wednesday", SATURDAY).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(DateMentions.first("returned in the last 24 hours", SATURDAY).orElseThrow().date()).isEqualTo(SATURDAY);
        assertThat(DateMentions.first("talks in Istanbul next month", SATURDAY).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void should_not_take_figures_or_the_verb_may_for_dates() {
        assertThat(DateMentions.in("almost 20,000 children; 1,2024 crates; the 1990s", SATURDAY)).isEmpty();
        assertThat(DateMentions.in("Officials may travel within 24 hours of taking office.", SATURDAY)).isEmpty();
    }

    @Test
    void should_prefer_the_most_specific_date_of_a_sentence() {
        assertThat(DateMentions.first("Displaced by the 2022 invasion, they returned in the last 24 hours.", SATURDAY))
                .get().extracting(DateMentions.Mention::precision).isEqualTo(Precision.DAY);
    }
}
