package org.newsdesk.facts;

import java.time.LocalDate;
import java.util.Locale;
import org.newsdesk.prompts.Byline;

/**
 * Something an article dates, placed in time.
 *
 * @param date      the first day of the period the sentence names
 * @param precision how much of {@code date} the sentence gives: the day, only the month, or only the year
 */
public record TimelineEvent(LocalDate date, Precision precision, Quote quote) {

    public enum Precision { DAY, MONTH, YEAR }

    /** The date as a reader's language writes it, as precise as the article was: "11 October 2025", "жовтень 2025". */
    public String dateIn(Locale locale) {
        return switch (precision) {
            case DAY -> Byline.day(locale, date);
            case MONTH -> Byline.month(locale, date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
