package org.newsdesk.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only says when a report was published, as web and terminal copy print it between the byline and
 * the text: {@code September 12, 2025 at 10:42 AM GMT+2} (Bloomberg), {@code Updated 12 September 2025, 10:42 BST},
 * {@code Published: 2025-09-12 10:42}, {@code Sept. 12, 2025 10:42 a.m. ET}, {@code Wed, January 15th 2025, 6:42 PM PST},
 * a release's {@code Issued: 19 September 2025}, {@code Sat 22 Feb 2025 07.00 GMT}, {@code Update : 14.05.2025},
 * {@code Last modified on Sat 22 Feb 2025 09.14 GMT}, Dutch and other European agencies' {@code 21-02-2025, 07:52},
 * the time first: {@code Updated 9:14 AM CDT, April 27, 2025} (AP), {@code Issued: 15:00 Saturday 08/11/2025}, the year
 * first: {@code Posted: 2025.03.05 07:30 JST} (Japanese and Korean sites), a
 * same-day update after the time: {@code Mon 6 January 2025 · 5:30am AEST · Updated 9:12am}, and a letter's or a
 * release's place and day: {@code Plitvička Jezera, 15 May 2026}.
 * It must give a year, so that a line that merely starts with a month ("March was wet") is never one.
 *
 * @param end  where the line ends
 * @param date the day it gives
 */
record DateStamp(int end, LocalDate date) {

    private static final String MONTH = MonthNames.PATTERN;
    private static final Pattern STAMP = Pattern.compile(
            "\\A(?i:(?:published|updated|update|posted|first published|last updated|last modified|modified|issued|date"
                    // a broadcast's or a filing's day, as scripts and wire slugs label it: "Air date: Friday, 15 August 2025"
                    + "|air date|aired|broadcast|transmission date|filed)(?:[ \\t]{0,3}(?:on|:))?[ \\t]{1,3}"
                    // or the place it was issued from, as a letter or a release heads its day: "Plitvička Jezera, 15 May 2026"
                    + "|\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]\\p{L}[\\p{L}\\p{M}'’.-]*){0,3},[ \\t]{1,3})?"
                    // the time first, as AP and weather services print it: "9:14 AM CDT, April 27, 2025", "15:00 Saturday 08/11/2025"
                    + "(?:[0-2]?\\d[:.][0-5]\\d[ \\t]{0,3}(?i:[ap]\\.?m\\.?)?[ \\t]{0,3}(?:[A-Z]{2,5}[ \\t]{0,3})?,?[ \\t]{1,3})?"
                    // a weekday and an ordinal day, as local TV sites print them: "Wed, January 15th 2025, 6:42 PM PST"
                    + "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?[ \\t]{1,3})?"
                    + "(?:(?<month>" + MONTH + ")[ \\t]{1,3}(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?[ \\t]{1,3}(?<year>\\d{4})"
                    + "|(?<dayFirst>[0-3]?\\d)(?:st|nd|rd|th)?[ \\t]{1,3}(?<monthAfter>" + MONTH + "),?[ \\t]{1,3}(?<yearAfter>\\d{4})"
                    + "|(?<iso>\\d{4}-\\d{2}-\\d{2})"
                    // day, month and year in figures between full stops, slashes or hyphens, as European agencies
                    // and services print them: "14.05.2025", "08/11/2025", "21-02-2025"
                    + "|(?<dotted>[0-3]?\\d)(?<separator>[./-])(?<dottedMonth>[01]?\\d)\\k<separator>(?<dottedYear>\\d{4})"
                    // the year first, as Japanese, Korean and Chinese sites print it: "2025.03.05", "2025/03/05"
                    + "|(?<yearFirst>\\d{4})(?<yearSeparator>[./])(?<yearFirstMonth>[01]?\\d)\\k<yearSeparator>(?<yearFirstDay>[0-3]?\\d))"
                    // a time and its zone, if any: "at 10:42 AM GMT+2", ", 10:42 BST", "T10:42:00Z"
                    + "(?:(?:,|[ \\t]{1,3}[-–—|·][ \\t]{1,3})?[ \\t]{0,3}(?:at[ \\t]{1,3}|T)?[0-2]?\\d[:.][0-5]\\d(?::[0-5]\\d)?[ \\t]{0,3}"
                    + "(?i:[ap]\\.?m\\.?)?[ \\t]{0,3}(?:[A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|Z|[+-]\\d{2}:?\\d{2})?)?"
                    // the time of an update the same day, after a separator: "· Updated 9:12am"
                    + "(?:[ \\t]{1,3}[-–—|·][ \\t]{1,3}(?i:updated|update|last updated|modified)[ \\t]{0,3}:?[ \\t]{1,3}"
                    + "[0-2]?\\d[:.][0-5]\\d[ \\t]{0,3}(?i:[ap]\\.?m\\.?)?(?:[ \\t]{0,3}[A-Z]{2,5})?)?"
                    + "[ \\t]*\\z");

    /** The date stamp on the line at {@code start}, if the line is one. */
    static Optional<DateStamp> at(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, Dateline.WINDOW);
        return day(body, start, TextWindows.trimEnd(body, start, lineEnd)).map(date -> new DateStamp(lineEnd, date));
    }

    /** The day {@code text[start, end)} gives, if all of it is a date stamp (a part of a line between bars, say). */
    static Optional<LocalDate> day(String text, int start, int end) {
        if (end - start > Dateline.WINDOW) {
            return Optional.empty();
        }
        Matcher stamp = STAMP.matcher(text).region(start, end);
        return stamp.matches() ? dayOf(stamp) : Optional.empty();
    }

    /** The day a short text gives, if all of it is a date stamp. */
    static Optional<LocalDate> day(String text) {
        return day(text, 0, text.length());
    }

    private static Optional<LocalDate> dayOf(Matcher stamp) {
        try {
            if (stamp.group("iso") != null) {
                return Optional.of(LocalDate.parse(stamp.group("iso")));
            }
            if (stamp.group("yearFirst") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(stamp.group("yearFirst")),
                        Integer.parseInt(stamp.group("yearFirstMonth")), Integer.parseInt(stamp.group("yearFirstDay"))));
            }
            if (stamp.group("dotted") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(stamp.group("dottedYear")),
                        Integer.parseInt(stamp.group("dottedMonth")), Integer.parseInt(stamp.group("dotted"))));
            }
            boolean monthFirst = stamp.group("month") != null;
            Optional<Month> month = MonthNames.of(stamp.group(monthFirst ? "month" : "monthAfter"));
            int day = Integer.parseInt(stamp.group(monthFirst ? "day" : "dayFirst"));
            Year year = Year.of(Integer.parseInt(stamp.group(monthFirst ? "year" : "yearAfter")));
            return month.map(m -> MonthNames.validDay(year, m, day));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
