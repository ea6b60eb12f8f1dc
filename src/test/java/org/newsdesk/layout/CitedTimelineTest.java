package org.newsdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.facts.TimelineEvent.Precision;

/** Each date once, each article once. */
class CitedTimelineTest {

    private static final ArticleInfo A = new ArticleInfo("a.md", "Article A", "AFP", LocalDate.of(2025, 10, 11));
    private static final ArticleInfo B = new ArticleInfo("b.md", "Article B", "Reuters", LocalDate.of(2025, 9, 20));

    @Test
    void should_put_the_events_of_one_date_under_one_heading_and_number_each_article_once() {
        // given three events on one day from two articles, and one in the month of that day
        LocalDate day = LocalDate.of(2025, 10, 1);
        List<TimelineEvent> events = List.of(
                new TimelineEvent(day, Precision.MONTH, new Quote("In October.", B)),
                new TimelineEvent(day, Precision.DAY, new Quote("One.", A)),
                new TimelineEvent(day, Precision.DAY, new Quote("Two.", B)),
                new TimelineEvent(day, Precision.DAY, new Quote("Three.", A)));

        // when
        CitedTimeline timeline = CitedTimeline.of(events, Locale.ENGLISH);

        // then
        assertThat(timeline.days()).extracting(CitedTimeline.Day::date).containsExactly("October 2025", "1 October 2025");
        assertThat(timeline.days().get(1).events()).containsExactly(new Cited("One.", 2), new Cited("Two.", 1),
                new Cited("Three.", 2));
        assertThat(timeline.articles()).extracting(note -> note.article().title()).containsExactly("Article B", "Article A");
        assertThat(timeline.articles()).extracting(SourceNote::number).containsExactly(1, 2);
    }
}
