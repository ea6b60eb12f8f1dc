package org.newsdesk.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.facts.TimelineEvent;

/**
 * A timeline as a reader reads it: each date once, as the heading of the events it dates, every event
 * marked with the number of its article, and each article named once, in a list after the events.
 *
 * @param days     the dates, earliest first, each with its events (marked by article number)
 * @param articles the articles the events come from, numbered from 1 in order of first mention
 */
public record CitedTimeline(List<Day> days, List<SourceNote> articles) {

    /** @param date the date as the reader's language writes it, as precise as the articles are */
    public record Day(String date, List<Cited> events) {

        public Day {
            events = List.copyOf(events);
        }
    }

    public CitedTimeline {
        days = List.copyOf(days);
        articles = List.copyOf(articles);
    }

    /** @param events in date order, as {@link org.newsdesk.facts.Timeline} gives them */
    public static CitedTimeline of(List<TimelineEvent> events, Locale locale) {
        Footnotes notes = new Footnotes();
        List<Day> days = new ArrayList<>();
        List<Cited> today = new ArrayList<>();
        TimelineEvent first = null;
        for (TimelineEvent event : events) {
            if (first != null && !sameDate(first, event)) {
                days.add(new Day(first.dateIn(locale), today));
                today = new ArrayList<>();
            }
            if (today.isEmpty()) {
                first = event;
            }
            today.add(new Cited(event.quote().text(), notes.cite(event.quote().article())));
        }
        if (first != null) {
            days.add(new Day(first.dateIn(locale), today));
        }
        return new CitedTimeline(days, SourceNotes.named(notes.articles()));
    }

    /** "11 October 2025" and "October 2025" are two headings, though both may start on the 1st. */
    private static boolean sameDate(TimelineEvent one, TimelineEvent other) {
        return one.date().equals(other.date()) && one.precision() == other.precision();
    }
}
