package org.newsdesk.answer;

import java.time.LocalDate;
import java.time.Period;

/**
 * Where part of an answer comes from.
 *
 * @param document  file name of the article in the knowledge folder
 * @param published publication date, or null when the article does not give one
 * @param quote     the sentence, exactly as the article has it
 * @param score     how well the sentence matched the question, higher is better (comparable within one answer)
 */
public record Source(String document, String title, String publisher, LocalDate published, String quote,
                     double score) {

    /** How long before {@code today} the article was published, in words ("3 months ago"); empty if undated. */
    public String age(LocalDate today) {
        if (published == null) {
            return "";
        }
        if (published.isAfter(today)) {
            return "dated in the future";
        }
        Period period = Period.between(published, today);
        if (period.getYears() > 0) {
            return plural(period.getYears(), "year") + " ago";
        }
        if (period.getMonths() > 0) {
            return plural(period.getMonths(), "month") + " ago";
        }
        int days = period.getDays();
        return days == 0 ? "today" : days == 1 ? "yesterday" : days >= 7 ? plural(days / 7, "week") + " ago"
                : days + " days ago";
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
