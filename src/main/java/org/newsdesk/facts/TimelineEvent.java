package org.newsdesk.facts;

import java.time.LocalDate;

/**
 * Something an article dates, placed in time.
 *
 * @param date      the first day of the period the sentence names
 * @param precision how much of {@code date} the sentence gives: the day, only the month, or only the year
 */
public record TimelineEvent(LocalDate date, Precision precision, Quote quote) {

    public enum Precision { DAY, MONTH, YEAR }
}
