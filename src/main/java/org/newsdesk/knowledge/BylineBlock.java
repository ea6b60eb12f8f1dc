package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that say who wrote a report and when, under its headline or under its standfirst, in any order: a
 * byline ({@code By Jane Doe}, {@code Words by Inés Carbajal}), a bare name directly above or beside a date stamp
 * ({@code Ellen Marsh} over {@code Sat 22 Feb 2025 07.00 GMT}, {@code Mehmet Kaya |14.05.2025}), a name with its
 * agency ({@code Anni Hirvelä / STT}), date stamps
 * ({@code Published: …}, {@code Updated: …}; the first gives the day) and credits for pictures ({@code Photographs by
 * Marco Villalba}) and a desk's ({@code Web Desk}), which name no author, the time it takes to read ({@code Reading
 * time: 5 minutes}) or to play ({@code TRT: 2'35"}), labelled credits ({@code Writer: Dewi Anggraini | Producer: Marcus
 * Tan}), and the body a statement is from ({@code From: Department for Energy
 * Security and Net Zero}, as government sites print it over {@code Published: 15 October 2025}).
 *
 * @param end    where the reporting (or a dateline) starts after them; the start when there are none
 * @param byline the first byline, if any
 * @param date   the first day a stamp gives, or null
 * @param issuer the body a {@code From:} line names, or empty
 * @param stamps the date stamp lines as written ({@code Updated: Mar 10, 2025, 11:42 IST}), in order
 */
record BylineBlock(int end, Optional<AuthorLine> byline, LocalDate date, String issuer, List<String> stamps) {

    /** A byline, a picture credit and two stamps, with room to spare. */
    static final int MAX_LINES = 6;
    /** Lines of credits and stamps are short. */
    static final int MAX_LINE = 160;

    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)(?:photo(?:graph)?s|photography|pictures|images"
            + "|illustrations?|graphics|video)(?:[ \\t]+and[ \\t]+\\p{L}+)?(?:[ \\t]+by[ \\t]|[ \\t]*:)[^\\n]{1,120}");
    /**
     * A desk's or a service's credit in place of a byline, as Indian and regional sites print it: "Web Desk", "Express
     * News Service", "Staff Reporter", "Our Correspondent". It names no author.
     */
    private static final Pattern DESK_CREDIT = Pattern.compile("(?:(?:Our|\\p{Lu}[\\p{L}&.-]*)[ \\t]+){0,3}"
            + "(?:Desk|Bureau|News[ \\t]+Service|Staff[ \\t]+(?:Reporter|Writer|Correspondent)|Correspondent)");
    /** How long the piece takes to read: "Reading time: 5 minutes", "4 min read", "6-minute read". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)(?:(?:estimated[ \\t]+)?read(?:ing)?[ \\t]+time"
            + "[ \\t]*:?[ \\t]*\\d{1,3}[ \\t]*min(?:ute)?s?\\.?|\\d{1,3}[ \\t-]*min(?:ute)?s?\\.?[ \\t]+read)");
    /** How long a broadcast item or an episode runs: "TRT: 2'35\"", "Duration: 2:35", "Running time: 48 min 12 s". */
    private static final Pattern RUNNING_TIME = Pattern.compile("(?i:TRT|duration|running[ \\t]+time|run[ \\t]+time|runtime)"
            + "[ \\t]*:[ \\t]*\\d{1,3}(?:[ \\t]*(?:['′:.]|min(?:ute)?s?\\.?|h(?:ours?)?|hrs?)[ \\t]*\\d{0,2})*"
            + "[ \\t]*(?:[\"″]|s(?:ec(?:ond)?s?)?\\.?)?");
    /** What separates a name and stamps on one line: "Mehmet Kaya | 14.05.2025 - Update: 14.05.2025". */
    private static final Pattern PARTS = Pattern.compile("[ \\t]*\\|[ \\t]*|[ \\t]+[-–—][ \\t]+");

    /** "From: Department for Energy Security and Net Zero", "Issued by: Harbour Trust". */
    private static final Pattern ISSUER = Pattern.compile("(?i:from|issued[ \\t]+by|published[ \\t]+by)[ \\t]*:[ \\t]*"
            + "(?<name>\\p{Lu}[^\\n]{2,120})");

    /** Whether the lines say anything. */
    boolean isEmpty() {
        return byline.isEmpty() && date == null && issuer.isEmpty();
    }

    static BylineBlock read(String body, int start) {
        int at = start;
        Optional<AuthorLine> byline = Optional.empty();
        LocalDate date = null;
        String issuer = "";
        List<String> stamps = new ArrayList<>();
        int stampEnd = -1;
        for (int i = 0; i < MAX_LINES && at < body.length(); i++) {
            int lineStart = at;
            int lineEnd = TextWindows.lineEnd(body, lineStart, MAX_LINE + 1);
            Optional<AuthorLine> by = AuthorLine.at(body, lineStart).or(() -> labelledAuthors(body, lineStart, lineEnd))
                    .or(() -> paperAuthors(body, lineStart, lineEnd));
            Optional<DateStamp> stamp = by.isPresent() ? Optional.empty() : DateStamp.at(body, at);
            Optional<Parts> parts = by.isPresent() || stamp.isPresent() ? Optional.empty() : Parts.of(body, at, lineEnd);
            int end;
            if (by.isPresent()) {
                end = by.get().end();
            } else if (stamp.isPresent()) {
                date = date != null ? date : stamp.get().date();
                end = stamp.get().end();
                stampEnd = TextWindows.trimEnd(body, at, end);
                stamps.add(body.substring(at, stampEnd));
            } else if (parts.isPresent()) {
                by = parts.get().byline();
                date = date != null ? date : parts.get().date();
                end = lineEnd;
                stamps.add(body.substring(at, TextWindows.trimEnd(body, at, end)));
            } else if (wholeLine(PICTURE_CREDIT, body, at, lineEnd) || wholeLine(DESK_CREDIT, body, at, lineEnd)
                    || wholeLine(READING_TIME, body, at, lineEnd) || wholeLine(RUNNING_TIME, body, at, lineEnd)) {
                end = lineEnd;
            } else if (issuer.isEmpty() && issuerAt(body, at, lineEnd).isPresent()) {
                issuer = issuerAt(body, at, lineEnd).get();
                end = lineEnd;
            } else {
                // "Ellen Marsh" right over "Sat 22 Feb 2025 07.00 GMT" or, on a short line, right under it, and "Anni
                // Hirvelä / STT", a name with its agency, on a short line: the byline (not a lead that opens with a
                // place and its agency, "GOLD COAST, Jan 5 AAP - Sixteen people …")
                boolean stampAbove = stampEnd >= 0 && Mastheads.sameParagraph(body, stampEnd, lineStart);
                boolean shortLine = TextWindows.trimEnd(body, lineStart, lineEnd) - lineStart <= AuthorLine.MAX_TITLE_LINE;
                by = AuthorLine.within(body, at, lineEnd).filter(credit -> stampBelow(body, lineEnd)
                        || shortLine && (stampAbove || !credit.agency().isEmpty()) && !Dateline.startsAt(body, lineStart));
                if (by.isEmpty()) {
                    break;
                }
                end = lineEnd;
            }
            byline = byline.isPresent() ? byline : by;
            at = TextWindows.skipWhitespace(body, end, body.length());
        }
        boolean any = byline.isPresent() || date != null || !issuer.isEmpty();
        return new BylineBlock(any ? at : start, byline, date, issuer, List.copyOf(stamps));
    }

    /** The authors a line of labelled credits names ("Writer: Dewi Anggraini | Producer: Marcus Tan"), if it names any. */
    private static Optional<AuthorLine> labelledAuthors(String body, int start, int lineEnd) {
        int end = TextWindows.trimEnd(body, start, lineEnd);
        return end - start > MAX_LINE ? Optional.empty() : LabelledCredits.of(body.substring(start, end))
                .map(Credits::authors).filter(authors -> !authors.isEmpty())
                .map(authors -> new AuthorLine(start, lineEnd, authors, ""));
    }

    /**
     * A paper's or an abstract's authors, each marked with the number of their institution, over the institutions
     * ("Megan Prydderch (1), Osian Lloyd-Baptiste (1), Farah Siddiqui (2)" then "(1) Emergency Department, …"): both
     * lines are its credits.
     */
    private static Optional<AuthorLine> paperAuthors(String body, int start, int lineEnd) {
        int end = TextWindows.trimEnd(body, start, lineEnd);
        if (end - start > MAX_LINE * 2 || lineEnd >= body.length()
                || !AUTHORS_MARKED.matcher(body).region(start, end).matches()) {
            return Optional.empty();
        }
        int next = lineEnd + 1;
        int nextEnd = TextWindows.lineEnd(body, next, MAX_LINE * 3 + 1);
        if (!INSTITUTIONS.matcher(body).region(next, nextEnd).lookingAt()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        Matcher author = MARKED_AUTHOR.matcher(body).region(start, end);
        while (author.find()) {
            authors.add(author.group("name"));
        }
        return Optional.of(new AuthorLine(start, nextEnd, List.copyOf(authors), ""));
    }

    /** A name marked with its institutions' numbers: "Megan Prydderch (1)", "Farah Siddiqui (1,2)", "Ana Reis¹". */
    private static final String MARKED = "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*"
            + "(?:\\(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\)|[¹²³⁴⁵⁶⁷⁸⁹]+(?:,[¹²³⁴⁵⁶⁷⁸⁹]+)*)\\*?";
    private static final Pattern MARKED_AUTHOR = Pattern.compile(MARKED);
    private static final String UNNAMED = MARKED.replace("(?<name>", "(?:");
    private static final Pattern AUTHORS_MARKED = Pattern.compile(UNNAMED + "(?:\\s*(?:,|;|\\band\\b)\\s*" + UNNAMED + "){0,11}");
    /** The institutions under them, by number: "(1) Emergency Department, Ysbyty Gwynedd", "¹ School of …". */
    private static final Pattern INSTITUTIONS = Pattern.compile("\\s*(?:\\(1\\)|¹)\\s*\\p{Lu}");

    private static Optional<String> issuerAt(String body, int start, int lineEnd) {
        int end = TextWindows.trimEnd(body, start, lineEnd);
        Matcher issuer = ISSUER.matcher(body).region(start, end);
        return end - start <= MAX_LINE && issuer.matches() ? Optional.of(issuer.group("name").strip()) : Optional.empty();
    }

    /** Whether the short line at {@code start} is, whole, what the pattern describes. */
    private static boolean wholeLine(Pattern pattern, String body, int start, int lineEnd) {
        return lineEnd - start <= MAX_LINE
                && pattern.matcher(body).region(start, TextWindows.trimEnd(body, start, lineEnd)).matches();
    }

    /** A date stamp on the next line of the same paragraph. */
    private static boolean stampBelow(String body, int lineEnd) {
        if (lineEnd >= body.length() || body.charAt(lineEnd) != '\n') {
            return false;
        }
        int next = TextWindows.skipWhitespace(body, lineEnd + 1, TextWindows.lineEnd(body, lineEnd + 1, MAX_LINE));
        return Mastheads.sameParagraph(body, lineEnd, next)
                && (DateStamp.at(body, next).isPresent() || Parts.of(body, next, TextWindows.lineEnd(body, next, MAX_LINE + 1))
                .filter(parts -> parts.byline().isEmpty()).isPresent());
    }

    /**
     * A line of parts between bars or dashes, each a date stamp or names, at least one a stamp.
     *
     * @param byline the names, if a part gives them
     * @param date   the first stamp's day
     */
    private record Parts(Optional<AuthorLine> byline, LocalDate date) {

        static Optional<Parts> of(String body, int start, int lineEnd) {
            int end = TextWindows.trimEnd(body, start, lineEnd);
            if (end - start > MAX_LINE || end == start) {
                return Optional.empty();
            }
            Matcher gaps = PARTS.matcher(body).region(start, end);
            Optional<AuthorLine> byline = Optional.empty();
            LocalDate date = null;
            int partStart = start;
            boolean more = true;
            while (more) {
                more = gaps.find();
                int partEnd = more ? gaps.start() : end;
                Optional<LocalDate> day = DateStamp.day(body, partStart, partEnd);
                Optional<AuthorLine> names = day.isPresent() || byline.isPresent() ? Optional.empty()
                        : AuthorLine.within(body, partStart, partEnd);
                if (day.isEmpty() && names.isEmpty()) {
                    return Optional.empty();
                }
                date = date != null ? date : day.orElse(null);
                byline = byline.isPresent() ? byline : names;
                partStart = more ? gaps.end() : end;
            }
            return date == null ? Optional.empty() : Optional.of(new Parts(byline, date));
        }
    }
}
