package org.newsdesk.knowledge;

import java.util.Optional;
import org.newsdesk.text.Abbreviations;

/**
 * A headline on the first line of an article: short, without a final stop, alone in its paragraph or
 * directly above a byline, a date stamp or a dateline, and not itself one of them.
 *
 * @param start where the headline starts in the body
 * @param end   where its line ends
 */
record Headline(int start, int end) {

    static final int MAX_LENGTH = 200;

    String text(String body) {
        return body.substring(start, end).strip();
    }

    /** The headline starting at {@code start}, if the line there reads as one. */
    static Optional<Headline> at(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, MAX_LENGTH + 1);
        int end = TextWindows.trimEnd(body, start, lineEnd);
        if (lineEnd >= body.length() || body.charAt(lineEnd) != '\n' || end == start || end - start > MAX_LENGTH) {
            return Optional.empty();
        }
        boolean standsAlone = TextWindows.blankLineFollows(body, lineEnd) || AuthorLine.at(body, lineEnd + 1).isPresent()
                || DateStamp.at(body, lineEnd + 1).isPresent() || Dateline.startsAt(body, lineEnd + 1);
        boolean isOther = AuthorLine.at(body, start).isPresent() || DateStamp.at(body, start).isPresent()
                || Dateline.startsAt(body, start) || LabelledCredits.of(body.substring(start, end)).isPresent()
                || isCue(body, start, end);
        boolean headlineEnding = !endsLikeASentence(body, start, end) || asksOverCredits(body, end, lineEnd);
        return standsAlone && headlineEnding && !isOther ? Optional.of(new Headline(start, lineEnd)) : Optional.empty();
    }

    /** Where the text at {@code start} goes on after the production cues that open it, if any. */
    static int afterCues(String body, int start, int end) {
        int at = start;
        while (at < end) {
            int lineEnd = TextWindows.lineEnd(body, at, end - at);
            int trimmed = TextWindows.trimEnd(body, at, lineEnd);
            if (trimmed == at || !isCue(body, at, trimmed)) {
                return at;
            }
            at = TextWindows.skipWhitespace(body, lineEnd, end);
        }
        return start;
    }

    /** A script's production cue, a line wholly in square brackets: "[VO – FOOTAGE: EMPTY BOARDWALK, POLICE LINE]". */
    private static boolean isCue(String body, int start, int end) {
        return body.charAt(start) == '[' && body.charAt(end - 1) == ']';
    }

    /**
     * A line ending in a question mark with a byline or a date stamp in the next paragraph: a headline that asks ("In a
     * Nebraska ranch town, the ambulance crew is mostly retirees. Who answers the pager next?" over "By DANA
     * WHITCOMBE"), where a lead that asks is followed by more reporting.
     */
    private static boolean asksOverCredits(String body, int end, int lineEnd) {
        int last = end - 1;
        if ("\"'”’".indexOf(body.charAt(last)) >= 0 && last > 0) {
            last--;
        }
        int next = TextWindows.skipWhitespace(body, lineEnd, body.length());
        return body.charAt(last) == '?' && next < body.length()
                && (AuthorLine.at(body, next).isPresent() || DateStamp.at(body, next).isPresent());
    }

    /**
     * A final stop, question mark or colon, perhaps inside closing quotes: a sentence or a lead-in, not a
     * headline. The stop of an abbreviation that ends a headline ("... after 140 years in U.S.") is no such stop.
     */
    private static boolean endsLikeASentence(String body, int start, int end) {
        int last = end - 1;
        if ("\"'”’".indexOf(body.charAt(last)) >= 0 && last > 0) {
            last--;
        }
        if (body.charAt(last) == '.' && last == end - 1 && Abbreviations.closesAbbreviation(body, start, end)) {
            return false;
        }
        return ".!?:…".indexOf(body.charAt(last)) >= 0;
    }
}
