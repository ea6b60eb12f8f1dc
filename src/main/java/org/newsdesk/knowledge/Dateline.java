package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens wire copy: where the report was filed from, often by which agency and on
 * which day. {@code WASHINGTON (AP) —}, {@code KYIV, Ukraine (AP) —}, {@code GENEVA, March 3 (Reuters) -},
 * {@code WASHINGTON, Oct. 16 (AP) —}, {@code Paris (AFP) -}, {@code Tarragona (Spain) (AFP) -},
 * {@code New Delhi, Jun 24 (PTI)}, {@code (Bloomberg) --}, {@code March 14 (UPI) --}, {@code MADRID, 3 Mar (EFE).-},
 * {@code Funchal (Portugal), Jun 18 (EFE).-}, {@code (ANSA) - BARI, NOV 18 -}, {@code TOYAMA, Nov. 18 (Jiji Press)--},
 * {@code date 2025-10-11 WASHINGTON:}, or a bare {@code 2025-10-11:}.
 *
 * @param start  where the dateline starts in the body
 * @param end    where the reporting after it starts
 * @param place  the place in title case, or empty
 * @param agency the agency in parentheses, short name, or empty
 * @param date   the date it gives, or null (also when it gives a day without a year and no year is known)
 */
record Dateline(int start, int end, String place, String agency, LocalDate date) {

    /** A dateline is found in the first characters of its line; the pattern never sees more. */
    static final int WINDOW = 200;

    private static final String MONTH = MonthNames.PATTERN;
    /** A dateline's day, month first or day first, perhaps with its year: "March 3", "3 Mar", "NOV 18, 2025". */
    private static final String DAY = "(?<day>(?<month>" + MONTH + ")[ \\t]{1,3}(?<dayOfMonth>[0-3]?\\d)"
            + "|(?<dayFirst>[0-3]?\\d)[ \\t]{1,3}(?<monthAfter>" + MONTH + "))(?:,?[ \\t]{1,3}(?<year>\\d{4}))?";
    private static final Pattern DATELINE = Pattern.compile(
            "\\A(?:date[ \\t]{1,3}(?<iso>\\d{4}-\\d{2}-\\d{2})[ \\t]{1,3})?"
                    + "(?:(?<place>\\p{Lu}[\\p{L}\\p{M} .'’/-]{0,40}?[\\p{L}.])"
                    + "(?:,[ \\t]{0,3}(?<region>\\p{Lu}[\\p{L}\\p{M} .'’-]{0,40}?[\\p{L}.]))??"
                    // AFP and EFE put the country of a lesser-known place in parentheses before their own or the day:
                    // "Tarragona (Spain) (AFP) -", "Funchal (Portugal), Jun 18 (EFE).-"
                    + "(?:[ \\t]{0,3}\\(\\p{Lu}[\\p{L}\\p{M} .'’-]{0,40}?\\)(?=[ \\t]{0,3}\\(|,))?)?"
                    // the day may stand without a place: "March 14 (UPI) --"
                    + "(?:,?[ \\t]{0,3}" + DAY + ")?"
                    // Agerpres sets its name between slashes: "Curtea de Argeș, June 10 /AGERPRES/ - "
                    + "(?:[ \\t]{0,3}(?:\\((?<agency>\\p{L}[\\p{L}/&. -]{0,30}?)\\)|/(?<slashed>\\p{L}[\\p{L}&. -]{0,30}?)/))?"
                    // EFE closes its dateline with a full stop before the dash: "MADRID, 3 Mar (EFE).-"
                    // Jiji sets its dashes against the first word: "TOYAMA, Nov. 18 (Jiji Press)--A giant squid"
                    + "(?:[ \\t]{0,3}(?:\\.(?=[—–-]))?(?::|—|–|-{1,2})(?:[ \\t]{1,3}|[ \\t]{0,3}\\z|(?<=\\)--)(?=\\p{Lu}))"
                    // PTI's has no dash: "New Delhi, Jun 24 (PTI) The …" (a known agency's only: see acceptable)
                    + "|(?<undashed>(?<=\\))[ \\t]{1,3}(?=\\p{Lu})))");
    /** ANSA names itself first, and its place and day in capitals: "(ANSA) - BARI, NOV 18 - ". */
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "\\A\\((?<agency>\\p{Lu}[\\p{L}/&. -]{0,30}?)\\)[ \\t]{0,3}(?:—|–|-{1,2})[ \\t]{1,3}"
                    + "(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{0,40}?\\p{Lu})"
                    + "(?:,[ \\t]{0,3}" + DAY + ")?"
                    + "[ \\t]{0,3}(?:—|–|-{1,2})[ \\t]{1,3}");
    private static final Pattern ISO_DATE = Pattern.compile("\\A(?:date[ \\t]{1,3})?(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]{0,3}:?[ \\t]{0,3}");

    /** The dateline as written, for quoting. */
    String text(String body) {
        return body.substring(start, TextWindows.trimEnd(body, start, end));
    }

    /**
     * The dateline starting at {@code start}, if there is one.
     *
     * @param reference a date known to be near the report's (from the file name or front matter), which
     *                  gives a dateline date its year when it has none; null when there is none
     * @throws ArticleFormatException when it gives a date of the form YYYY-MM-DD that does not exist
     */
    static Optional<Dateline> at(String body, int start, LocalDate reference) throws ArticleFormatException {
        int windowEnd = TextWindows.lineEnd(body, start, WINDOW);
        Matcher agencyFirst = AGENCY_FIRST.matcher(body).region(start, windowEnd);
        if (agencyFirst.lookingAt() && knownOrCapitals(agencyFirst.group("agency"))) {
            return Optional.of(new Dateline(start, agencyFirst.end(), placeName(agencyFirst.group("place")),
                    Agencies.shortName(agencyFirst.group("agency")), dayOf(agencyFirst, reference)));
        }
        Matcher dateline = DATELINE.matcher(body).region(start, windowEnd);
        if (dateline.lookingAt() && acceptable(dateline)) {
            String place = dateline.group("place") == null ? "" : placeName(dateline.group("place"));
            String agency = agencyOf(dateline).map(Agencies::shortName).orElse("");
            LocalDate date = dateline.group("iso") != null ? iso(dateline.group("iso")) : dayOf(dateline, reference);
            return Optional.of(new Dateline(start, dateline.end(), place, agency, date));
        }
        Matcher isoDate = ISO_DATE.matcher(body).region(start, windowEnd);
        if (isoDate.lookingAt()) {
            return Optional.of(new Dateline(start, isoDate.end(), "", "", iso(isoDate.group(1))));
        }
        return Optional.empty();
    }

    /** Whether the line at {@code start} opens with a dateline. */
    static boolean startsAt(String body, int start) {
        try {
            return at(body, start, null).isPresent();
        } catch (ArticleFormatException badDate) {
            return true;
        }
    }

    /**
     * A place in capitals ("KYIV") is a dateline by itself; one in ordinary case ("Paris") only with an
     * agency after it, as AFP writes them: otherwise "Officials: …" would read as a dateline.
     */
    private static boolean acceptable(Matcher dateline) {
        String place = dateline.group("place");
        // an agency is one known by name or one written in capitals ("(UPI)"): "Satapada (Puri):" names a district
        Optional<String> named = agencyOf(dateline);
        boolean agency = named.isPresent() && knownOrCapitals(named.get());
        if (dateline.group("undashed") != null) {
            return agency && place != null && Agencies.named(named.get()).isPresent();
        }
        if (place == null) {
            return agency || dateline.group("iso") != null;
        }
        return agency || place.equals(place.toUpperCase(Locale.ROOT));
    }

    /** The agency a dateline names, in parentheses or between slashes. */
    private static Optional<String> agencyOf(Matcher dateline) {
        return Optional.ofNullable(dateline.group("agency")).or(() -> Optional.ofNullable(dateline.group("slashed")));
    }

    private static boolean knownOrCapitals(String agency) {
        return Agencies.named(agency).isPresent() || agency.equals(agency.toUpperCase(Locale.ROOT));
    }

    /**
     * A dateline's day: with the year it gives, else the year that puts it nearest the reference date
     * (a report filed on 31 December may be stored on 2 January), else none: a year is never guessed.
     */
    private static LocalDate dayOf(Matcher dateline, LocalDate reference) {
        if (dateline.group("day") == null) {
            return null;
        }
        boolean monthFirst = dateline.group("month") != null;
        Month month = MonthNames.of(dateline.group(monthFirst ? "month" : "monthAfter")).orElse(null);
        int day = Integer.parseInt(dateline.group(monthFirst ? "dayOfMonth" : "dayFirst"));
        if (month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        if (dateline.group("year") != null) {
            return MonthNames.validDay(Year.of(Integer.parseInt(dateline.group("year"))), month, day);
        }
        if (reference == null) {
            return null;
        }
        LocalDate nearest = null;
        for (int offset = -1; offset <= 1; offset++) {
            LocalDate candidate = MonthNames.validDay(Year.of(reference.getYear() + offset), month, day);
            if (candidate != null && (nearest == null || distance(candidate, reference) < distance(nearest, reference))) {
                nearest = candidate;
            }
        }
        return nearest;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static LocalDate iso(String text) throws ArticleFormatException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException("dateline date '" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** "KYIV" reads "Kyiv", "WINSTON-SALEM" "Winston-Salem"; a place already in ordinary case stays. */
    private static String placeName(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place.strip();
        }
        StringBuilder out = new StringBuilder(place.length());
        for (String word : place.strip().split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(PersonNames.titleCased(word));
        }
        return out.toString();
    }
}
