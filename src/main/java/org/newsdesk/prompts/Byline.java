package org.newsdesk.prompts;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Who published an article and when, in a reader's language: "AFP, 11 October 2025 (3 months ago)",
 * "AFP, 11 жовтня 2025 (3 місяці тому)". Shared by every adapter that shows sources.
 *
 * @param today the day ages are counted to
 */
public record Byline(Messages messages, Locale locale, LocalDate today) {

    /** "AFP, 11 October 2025 (3 months ago)"; says so when the publisher or the date is not given. */
    public String of(String publisher, LocalDate published) {
        String who = publisher == null || publisher.isBlank()
                ? messages.text(locale, "byline.unknown-publisher") : publisher;
        if (published == null) {
            return messages.text(locale, "byline.undated", Map.of("publisher", who));
        }
        Locale written = messages.languageOf(locale, "byline.dated");
        return messages.text(locale, "byline.dated", Map.of("publisher", who, "date", day(written, published),
                "age", age(published)));
    }

    /** How long before today a date was, in words ("3 months ago"). */
    public String age(LocalDate published) {
        if (published.isAfter(today)) {
            return messages.text(locale, "age.future");
        }
        Period period = Period.between(published, today);
        if (period.getYears() > 0) {
            return count("age.years", period.getYears());
        }
        if (period.getMonths() > 0) {
            return count("age.months", period.getMonths());
        }
        int days = period.getDays();
        if (days >= 7) {
            return count("age.weeks", days / 7);
        }
        return days == 0 ? messages.text(locale, "age.today") : days == 1 ? messages.text(locale, "age.yesterday")
                : count("age.days", days);
    }

    /** A day as the language writes it: "11 October 2025", "11 жовтня 2025". */
    public static String day(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /**
     * A day written month first, as North American copy writes it: "November 3, 2025"; in a language that never
     * does, as {@link #day} writes it.
     */
    public static String dayMonthFirst(Locale locale, LocalDate date) {
        return locale.getLanguage().equals("en") ? DateTimeFormatter.ofPattern("MMMM d, yyyy", locale).format(date)
                : day(locale, date);
    }

    /** A month on its own: "October 2025", "жовтень 2025". */
    public static String month(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
    }

    private String count(String key, int count) {
        return messages.text(locale, key, Map.of("count", count));
    }
}
