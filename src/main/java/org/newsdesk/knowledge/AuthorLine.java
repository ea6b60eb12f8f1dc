package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byline: a line before the dateline naming who wrote the report, {@code By JANE DOE} or
 * {@code By Jane Doe and John Roe, Associated Press}, possibly followed by a line giving the writer's
 * title or agency ({@code Associated Press}, {@code AP Diplomatic Writer}). (Not to be confused with
 * {@code prompts.Byline}, which says who published an article and when, for readers.)
 *
 * @param start   where the byline starts in the body
 * @param end     where it ends (after the title line, when there is one)
 * @param authors the names, in title case
 * @param agency  the agency it names, short name, or empty
 */
record AuthorLine(int start, int end, List<String> authors, String agency) {

    /** A byline is one short line; longer lines are reporting. */
    static final int MAX_LINE = 160;
    /** A title line under the byline ("Associated Press", "AP Diplomatic Writer") is shorter still. */
    static final int MAX_TITLE_LINE = 60;

    /**
     * "By …", and the work's name before it on magazines' and live pages: "Words by …", "Interview by …", "Live
     * coverage by …", or after it with a colon: "Words: …", "Text: …".
     */
    private static final Pattern BY = Pattern.compile("\\A(?i:(?:(?:written|words|text|story|report|reporting|interview|reviewed"
            + "|(?:live[ \\t]{1,3})?coverage|(?:live[ \\t]{1,3})?blog)[ \\t]{1,3})?by|(?:words|text|story)[ \\t]{0,2}:)"
            + "[ \\t]{1,3}(?<credit>[^\\n]{1,155})\\z");
    /** What separates names and affiliations in a byline: "By Jane Doe, AP", "By Jane Doe | Reuters", "Anni Hirvelä / STT". */
    private static final Pattern CREDIT_PARTS = Pattern.compile(",|[ \\t]+\\|[ \\t]+|[ \\t]*/[ \\t]*");
    /**
     * The words of a writer's title: "AP Diplomatic Writer", "Chief Correspondent", and local papers'
     * lower-case "Gazette staff writer", "senior reporter".
     */
    private static final Pattern TITLE = Pattern.compile(
            "\\A(?:\\p{L}[\\p{L}.'’-]{0,20} ){0,4}(?i:writer|correspondent|reporter|editor|staff|columnist|chief)s?\\z");

    /** A writer named by title alone: "By our cricket correspondent", "By a Staff Reporter". */
    private static final Pattern ANONYMOUS = Pattern.compile("\\A(?i:(?:our|an?)[ \\t]{1,3})?"
            + "(?:\\p{L}[\\p{L}.'’-]{0,20} ){0,3}(?i:writer|correspondent|reporter|staff)s?\\z");

    /** The text of the byline as written, for quoting. */
    String text(String body) {
        return body.substring(start, end);
    }

    /** The byline starting at {@code start}, if the line there is one. */
    static Optional<AuthorLine> at(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, MAX_LINE + 1);
        int end = TextWindows.trimEnd(body, start, lineEnd);
        if (end - start > MAX_LINE || end == start) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(body.substring(start, end));
        if (!by.matches()) {
            return Optional.empty();
        }
        return credited(body, start, lineEnd, by.group("credit"), true);
    }

    /**
     * A byline in {@code text[start, end)}, part of a line or all of it, with "By" or without: a bare credit ("Ellen
     * Marsh", "Jane Doe, Chief Reporter") must name someone. Only the head calls it, where the credit stands directly
     * above or beside a date stamp.
     */
    static Optional<AuthorLine> within(String body, int start, int end) {
        int trimmed = TextWindows.trimEnd(body, start, end);
        if (trimmed - start > MAX_LINE || trimmed == start) {
            return Optional.empty();
        }
        boolean wholeLine = end >= body.length() || body.charAt(end) == '\n';
        Matcher by = BY.matcher(body.substring(start, trimmed));
        return by.matches() ? credited(body, start, end, by.group("credit"), wholeLine)
                : credited(body, start, end, body.substring(start, trimmed), wholeLine)
                        .filter(byline -> !byline.authors().isEmpty());
    }

    /** The names and affiliations of a credit, every part of it one or the other; a title line under it is taken in. */
    private static Optional<AuthorLine> credited(String body, int start, int lineEnd, String credit,
                                                 boolean titleBelow) {
        if (ANONYMOUS.matcher(credit.strip()).matches()) {
            return Optional.of(new AuthorLine(start, TextWindows.trimEnd(body, start, lineEnd), List.of(), ""));
        }
        List<String> names = new ArrayList<>();
        List<String> affiliations = new ArrayList<>();
        for (String part : CREDIT_PARTS.split(credit)) {
            Optional<List<String>> named = affiliations.isEmpty() ? PersonNames.strict(part) : Optional.empty();
            if (Agencies.mentionedIn(part).isPresent() || !names.isEmpty() && TITLE.matcher(part.strip()).matches()) {
                affiliations.add(part.strip());
            } else if (named.isPresent()) {
                names.addAll(named.get());
            } else {
                return Optional.empty();
            }
        }
        String agency = Agencies.mentionedIn(String.join(", ", affiliations)).orElse("");
        int end = TextWindows.trimEnd(body, start, lineEnd);
        int titleEnd = titleBelow ? titleLineEnd(body, lineEnd) : -1;
        if (titleEnd > 0) {
            agency = agency.isEmpty() ? Agencies.mentionedIn(body.substring(lineEnd, titleEnd)).orElse("") : agency;
            end = titleEnd;
        }
        return Optional.of(new AuthorLine(start, end, List.copyOf(names), agency));
    }

    /** The end of a title line directly under the byline, or -1 when the next line is something else. */
    private static int titleLineEnd(String body, int bylineEnd) {
        if (bylineEnd >= body.length()) {
            return -1;
        }
        int start = TextWindows.skipWhitespace(body, bylineEnd + 1, TextWindows.lineEnd(body, bylineEnd + 1, MAX_TITLE_LINE + 1));
        int lineEnd = TextWindows.lineEnd(body, start, MAX_TITLE_LINE + 1);
        int end = TextWindows.trimEnd(body, start, lineEnd);
        if (end == start || end - start > MAX_TITLE_LINE || lineEnd < body.length() && body.charAt(lineEnd) != '\n') {
            return -1;
        }
        String line = body.substring(start, end);
        boolean agencyAlone = Agencies.named(line).isPresent();
        return agencyAlone || TITLE.matcher(line).matches() ? end : -1;
    }
}
