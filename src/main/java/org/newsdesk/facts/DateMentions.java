package org.newsdesk.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.facts.TimelineEvent.Precision;

/**
 * Finds the dates a sentence names and places them in time, reading relative ones ("on Saturday",
 * "last August", "next month") against the article's publication date. Wire copy dates events this
 * way; an undated article only yields the absolute dates it spells out.
 */
final class DateMentions {

    /** A date found in a sentence: the words as written and the period they name. */
    record Mention(String words, LocalDate date, Precision precision) {
    }

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<day>[0-3]?\\d) " + MONTH + "(?:,? (?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + " (?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,? (?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (?<year>(?:19|20)\\d{2})\\b");
    /** A month alone is a date only after a word that makes it one ("May" is also a verb). */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?<when>in|last|since|until|by|this|next|early|late|mid-|of|from|through)[ -]?" + MONTH + "\\b(?! [0-3]?\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?<year>(?:19|20)\\d{2})(?![\\d,.]\\d|s\\b)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(today|tonight|this morning|this afternoon|this evening|(the )?(last|past) 24 hours)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_OR_LAST = Pattern.compile("\\b(?<which>next|last) (?<unit>month|year)\\b",
            Pattern.CASE_INSENSITIVE);

    private DateMentions() {
    }

    /** The dates a sentence names, most specific first. */
    static List<Mention> in(String sentence, LocalDate published) {
        List<Mention> found = new ArrayList<>();
        BitSet taken = new BitSet(sentence.length());
        absolute(sentence, DAY_MONTH_YEAR, Precision.DAY, published, found, taken);
        absolute(sentence, MONTH_DAY_YEAR, Precision.DAY, published, found, taken);
        absolute(sentence, MONTH_YEAR, Precision.MONTH, published, found, taken);
        Matcher month = MONTH_ALONE.matcher(sentence);
        while (month.find()) {
            if (published != null && free(taken, month.start("month"), month.end())) {
                Month named = Month.valueOf(month.group("month").toUpperCase(Locale.ROOT));
                boolean ahead = month.group("when").equalsIgnoreCase("next");
                found.add(new Mention(month.group().strip(), monthNear(named, published, ahead), Precision.MONTH));
                taken.set(month.start(), month.end());
            }
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            if (free(taken, year.start(), year.end())) {
                found.add(new Mention(year.group(), LocalDate.of(Integer.parseInt(year.group("year")), 1, 1),
                        Precision.YEAR));
            }
        }
        if (published != null) {
            relative(sentence, published, found);
        }
        found.sort(Comparator.comparing(Mention::precision));
        return found;
    }

    /** The most specific date a sentence names, if any. */
    static Optional<Mention> first(String sentence, LocalDate published) {
        List<Mention> all = in(sentence, published);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static void absolute(String sentence, Pattern pattern, Precision precision, LocalDate published,
                                 List<Mention> found, BitSet taken) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            if (!free(taken, matcher.start(), matcher.end())) {
                continue;
            }
            Month month = Month.valueOf(matcher.group("month").toUpperCase(Locale.ROOT));
            String yearText = matcher.group("year");
            if (yearText == null && published == null) {
                continue;
            }
            LocalDate date;
            if (precision == Precision.DAY) {
                int day = Integer.parseInt(matcher.group("day"));
                int year = yearText != null ? Integer.parseInt(yearText) : monthNear(month, published, false).getYear();
                if (day < 1 || day > month.length(java.time.Year.isLeap(year))) {
                    continue;
                }
                date = LocalDate.of(year, month, day);
            } else {
                date = LocalDate.of(Integer.parseInt(yearText), month, 1);
            }
            found.add(new Mention(matcher.group(), date, precision));
            taken.set(matcher.start(), matcher.end());
        }
    }

    private static void relative(String sentence, LocalDate published, List<Mention> found) {
        Matcher sameDay = SAME_DAY.matcher(sentence);
        if (sameDay.find()) {
            found.add(new Mention(sameDay.group(), published, Precision.DAY));
        }
        Matcher yesterday = YESTERDAY.matcher(sentence);
        if (yesterday.find()) {
            found.add(new Mention(yesterday.group(), published.minusDays(1), Precision.DAY));
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
            int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            found.add(new Mention(weekday.group(), published.minusDays(back), Precision.DAY));
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

    /** The named month nearest the publication: the latest one not after it, or the first after it. */
    private static LocalDate monthNear(Month month, LocalDate published, boolean ahead) {
        LocalDate candidate = LocalDate.of(published.getYear(), month, 1);
        LocalDate publishedMonth = published.withDayOfMonth(1);
        if (ahead) {
            return candidate.isAfter(publishedMonth) ? candidate : candidate.plusYears(1);
        }
        return candidate.isAfter(publishedMonth) ? candidate.minusYears(1) : candidate;
    }

    /** Whether no character of {@code [start, end)} is part of a date found before: one look, however many were found. */
    private static boolean free(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next < 0 || next >= end;
    }
}
