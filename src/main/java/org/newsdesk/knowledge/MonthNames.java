package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English month names and the abbreviations news copy uses ("Oct.", "Sept"), for datelines and questions. */
public final class MonthNames {

    /** A month name or abbreviation, in capitals too ("NOV"), for patterns; check what it matched with {@link #of}. */
    public static final String PATTERN = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\p{L}{0,6}"
            + "|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\p{Lu}{0,6})\\.?";

    private static final Map<String, Month> MONTHS = months();

    private MonthNames() {
    }

    /** The month a word names ("March", "Mar.", "sept"), in any letter case. */
    public static Optional<Month> of(String word) {
        return Optional.ofNullable(MONTHS.get(word.replace(".", "").toLowerCase(Locale.ROOT)));
    }

    /** The day of that year, or null when the month has no such day (30 February, 29 February of 2025). */
    static LocalDate validDay(Year year, Month month, int day) {
        return day >= 1 && day <= month.length(year.isLeap()) ? year.atMonth(month).atDay(day) : null;
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            months.put(name, month);
            months.put(name.substring(0, 3), month);
        }
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }
}
