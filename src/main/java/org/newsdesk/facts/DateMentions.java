package org.newsdesk.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.facts.TimelineEvent.Precision;
import org.newsdesk.knowledge.MonthNames;

/**
 * Finds the dates a sentence names and places them in time. A date without its year ("on 1 March",
 * "in January") or a weekday ("on Friday") is read against the article's publication date in the
 * direction the sentence's {@link Tense} points: a clause that looks ahead ("will close in January",
 * "opens on Sept. 1", "next Monday") takes the next such date on or after publication, one that looks
 * back ("voted on Tuesday", "last August") the latest on or before it. With no cue a weekday is the
 * latest (wire copy's "said on Monday"), a day or month the nearest. An undated article only yields
 * the dates it spells out with their year. A date is never made more precise than the words: a month
 * alone stays a month.
 */
final class DateMentions {

    /** A date found in a sentence: the words as written and the period they name. */
    record Mention(String words, LocalDate date, Precision precision) {
    }

    /** Which of a date's occurrences a sentence means, relative to the publication date. */
    private enum Direction { ON_OR_AFTER, AFTER, ON_OR_BEFORE, BEFORE, NEAREST }

    private static final String MONTH_NAME = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH = "(?<month>" + MonthNames.PATTERN + ")";
    private static final String YEAR_AFTER = "(?:,? (?<year>(?:19|20)\\d{2}))?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)? (?:of )?" + MONTH + YEAR_AFTER + "(?![\\p{L}\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + " (?<day>[0-3]?\\d)(?:st|nd|rd|th)?" + YEAR_AFTER + "(?![\\p{L}\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?<month>" + MONTH_NAME + "),? (?<year>(?:19|20)\\d{2})\\b");
    /** A month alone is a date only after a word that makes it one ("May" is also a verb). */
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?<when>in|last|since|until|by|this|next|early"
            + "|late|mid-|of|from|through|on|during|before|after)[ -]?(?<month>" + MONTH_NAME + ")\\b(?! [0-3]?\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?<year>(?:19|20)\\d{2})(?![\\d,.]\\d|s\\b)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?<which>next|last|this|this coming|coming) )?"
            + "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(today|tonight|this morning|this afternoon|this evening|(the )?(last|past) 24 hours)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_OR_LAST = Pattern.compile("\\b(?<which>next|last) (?<unit>month|year)\\b",
            Pattern.CASE_INSENSITIVE);

    private DateMentions() {
    }

    /** The dates a sentence names, most specific first. */
    static List<Mention> in(String sentence, LocalDate published) {
        List<Mention> found = new ArrayList<>();
        BitSet taken = new BitSet(sentence.length());
        Tense.Clauses clauses = Tense.of(sentence);
        days(sentence, clauses, DAY_MONTH_YEAR, published, found, taken);
        days(sentence, clauses, MONTH_DAY_YEAR, published, found, taken);
        monthsWithYear(sentence, found, taken);
        if (published != null) {
            monthsAlone(sentence, clauses, published, found, taken);
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            if (free(taken, year.start(), year.end())) {
                found.add(new Mention(year.group(), LocalDate.of(Integer.parseInt(year.group("year")), 1, 1),
                        Precision.YEAR));
            }
        }
        if (published != null) {
            relative(sentence, clauses, published, found);
        }
        found.sort(Comparator.comparing(Mention::precision));
        return found;
    }

    /** The most specific date a sentence names, if any. */
    static Optional<Mention> first(String sentence, LocalDate published) {
        List<Mention> all = in(sentence, published);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static void days(String sentence, Tense.Clauses clauses, Pattern pattern, LocalDate published,
                             List<Mention> found, BitSet taken) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            Optional<Month> month = MonthNames.of(matcher.group("month"));
            String yearText = matcher.group("year");
            if (month.isEmpty() || !free(taken, matcher.start(), matcher.end()) || yearText == null && published == null) {
                continue;
            }
            int day = Integer.parseInt(matcher.group("day"));
            if (day < 1 || day > month.get().maxLength()) {
                continue;
            }
            LocalDate date;
            if (yearText != null) {
                int year = Integer.parseInt(yearText);
                if (day > month.get().length(Year.isLeap(year))) {
                    continue;
                }
                date = LocalDate.of(year, month.get(), day);
            } else {
                Direction direction = direction(clauses, matcher.start(), matcher.end(), Direction.NEAREST);
                date = dayNear(month.get(), day, published, direction);
            }
            found.add(new Mention(matcher.group(), date, Precision.DAY));
            taken.set(matcher.start(), matcher.end());
        }
    }

    private static void monthsWithYear(String sentence, List<Mention> found, BitSet taken) {
        Matcher matcher = MONTH_YEAR.matcher(sentence);
        while (matcher.find()) {
            if (free(taken, matcher.start(), matcher.end())) {
                Month month = Month.valueOf(matcher.group("month").toUpperCase(Locale.ROOT));
                found.add(new Mention(matcher.group(), LocalDate.of(Integer.parseInt(matcher.group("year")), month, 1),
                        Precision.MONTH));
                taken.set(matcher.start(), matcher.end());
            }
        }
    }

    private static void monthsAlone(String sentence, Tense.Clauses clauses, LocalDate published, List<Mention> found,
                                    BitSet taken) {
        Matcher matcher = MONTH_ALONE.matcher(sentence);
        while (matcher.find()) {
            if (!free(taken, matcher.start("month"), matcher.end())) {
                continue;
            }
            Month month = Month.valueOf(matcher.group("month").toUpperCase(Locale.ROOT));
            Direction direction = switch (matcher.group("when").toLowerCase(Locale.ROOT)) {
                case "next" -> Direction.AFTER;
                case "last" -> Direction.BEFORE;
                case "since" -> Direction.ON_OR_BEFORE;
                default -> direction(clauses, matcher.start(), matcher.end(), Direction.NEAREST);
            };
            LocalDate date = "this".equalsIgnoreCase(matcher.group("when"))
                    ? LocalDate.of(published.getYear(), month, 1) : monthNear(month, published, direction);
            found.add(new Mention(matcher.group().strip(), date, Precision.MONTH));
            taken.set(matcher.start(), matcher.end());
        }
    }

    private static void relative(String sentence, Tense.Clauses clauses, LocalDate published, List<Mention> found) {
        Matcher sameDay = SAME_DAY.matcher(sentence);
        if (sameDay.find()) {
            found.add(new Mention(sameDay.group(), published, Precision.DAY));
        }
        Matcher yesterday = YESTERDAY.matcher(sentence);
        if (yesterday.find()) {
            found.add(new Mention(yesterday.group(), published.minusDays(1), Precision.DAY));
        }
        Matcher tomorrow = TOMORROW.matcher(sentence);
        if (tomorrow.find()) {
            found.add(new Mention(tomorrow.group(), published.plusDays(1), Precision.DAY));
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
            String which = weekday.group("which") == null ? "" : weekday.group("which").toLowerCase(Locale.ROOT);
            Direction direction = switch (which) {
                case "next" -> Direction.AFTER;
                case "last" -> Direction.BEFORE;
                case "this", "this coming", "coming" -> Direction.ON_OR_AFTER;
                default -> direction(clauses, weekday.start(), weekday.end(), Direction.ON_OR_BEFORE);
            };
            found.add(new Mention(weekday.group(), weekdayNear(day, published, direction), Precision.DAY));
        }
        Matcher nextOrLast = NEXT_OR_LAST.matcher(sentence);
        if (nextOrLast.find()) {
            int step = nextOrLast.group("which").equalsIgnoreCase("next") ? 1 : -1;
            boolean month = nextOrLast.group("unit").equalsIgnoreCase("month");
            LocalDate date = month ? published.withDayOfMonth(1).plusMonths(step)
                    : published.withDayOfYear(1).plusYears(step);
            found.add(new Mention(nextOrLast.group(), date, month ? Precision.MONTH : Precision.YEAR));
        }
    }

    /** The direction the clause of a date points in, or {@code otherwise} when it gives none. */
    private static Direction direction(Tense.Clauses clauses, int start, int end, Direction otherwise) {
        return switch (clauses.around(start, end)) {
            case FUTURE -> Direction.ON_OR_AFTER;
            case PAST -> Direction.ON_OR_BEFORE;
            case NONE -> otherwise;
        };
    }

    private static LocalDate weekdayNear(DayOfWeek day, LocalDate published, Direction direction) {
        int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
        return switch (direction) {
            case ON_OR_AFTER -> published.plusDays(ahead);
            case AFTER -> published.plusDays(ahead == 0 ? 7 : ahead);
            case BEFORE -> published.minusDays(back == 0 ? 7 : back);
            case ON_OR_BEFORE, NEAREST -> published.minusDays(back);
        };
    }

    /** The day of the month named in the year the direction gives; the 29th of February only in leap years. */
    private static LocalDate dayNear(Month month, int day, LocalDate published, Direction direction) {
        LocalDate before = occurrence(month, day, published, false);
        LocalDate after = occurrence(month, day, published, true);
        return switch (direction) {
            case ON_OR_AFTER, AFTER -> after;
            case ON_OR_BEFORE, BEFORE -> before;
            case NEAREST -> ChronoUnit.DAYS.between(before, published) <= ChronoUnit.DAYS.between(published, after)
                    ? before : after;
        };
    }

    /** The nearest {@code day month} on or after (or on or before) {@code published}, searching year by year. */
    private static LocalDate occurrence(Month month, int day, LocalDate published, boolean ahead) {
        int step = ahead ? 1 : -1;
        for (int candidate = published.getYear() - step; ; candidate += step) {
            if (day <= month.length(Year.isLeap(candidate))) {
                LocalDate date = LocalDate.of(candidate, month, day);
                boolean onSide = ahead ? !date.isBefore(published) : !date.isAfter(published);
                if (onSide) {
                    return date;
                }
            }
        }
    }

    /** The named month in the direction given; NEAREST takes whichever occurrence is fewer months away. */
    private static LocalDate monthNear(Month month, LocalDate published, Direction direction) {
        LocalDate publishedMonth = published.withDayOfMonth(1);
        LocalDate candidate = LocalDate.of(published.getYear(), month, 1);
        LocalDate onOrBefore = candidate.isAfter(publishedMonth) ? candidate.minusYears(1) : candidate;
        LocalDate onOrAfter = candidate.isBefore(publishedMonth) ? candidate.plusYears(1) : candidate;
        return switch (direction) {
            case ON_OR_AFTER -> onOrAfter;
            case AFTER -> onOrAfter.equals(publishedMonth) ? onOrAfter.plusYears(1) : onOrAfter;
            case ON_OR_BEFORE -> onOrBefore;
            case BEFORE -> onOrBefore.equals(publishedMonth) ? onOrBefore.minusYears(1) : onOrBefore;
            case NEAREST -> ChronoUnit.MONTHS.between(onOrBefore, publishedMonth)
                    <= ChronoUnit.MONTHS.between(publishedMonth, onOrAfter) ? onOrBefore : onOrAfter;
        };
    }

    /** Whether no character of {@code [start, end)} is part of a date found before: one look, however many were found. */
    private static boolean free(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next < 0 || next >= end;
    }
}
