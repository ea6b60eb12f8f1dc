package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.Abbreviations;

/**
 * Splits reporting into sentences, as spans of the original text so that every quote stays verbatim.
 *
 * <p>Paragraphs (blank-line separated) always end a sentence. Inside a paragraph a sentence ends at
 * {@code . ! ?} (and any closing quotes) before a capital, digit or opening quote, except after a
 * common abbreviation or an initial, and except inside a quotation: a quoted statement and its
 * attribution ("..., she added.") stay together, unless that would exceed {@link #MAX_LENGTH}.
 */
public final class Sentences {

    /** Longer sentences are split even inside quotations, so one passage never exceeds an answer. */
    public static final int MAX_LENGTH = 600;

    /*
     * Linear on any text (issue 9): quantifiers are possessive where a character could be matched
     * two ways, and a boundary is only tried at the first mark of a run ("....."), so a long run of
     * spaces, newlines or full stops is read once rather than once per position.
     */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*+\\n\\s*+");
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<![.!?…])[.!?…]++[\"'”“’‘»)\\]]*+(?=\\s++[\"“‘'«(\\[]?[\\p{Lu}\\p{N}])");
    /** A list item's marker at the start of a line: "- ", "• ", "* ", "3. ", "2) ". */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-•*–]|\\d{1,2}[.)])\\s");
    /** A heading is one line of a few words, not a sentence's first line. */
    private static final int MAX_HEADING = 100;
    /** A line that leaves its sentence open: a comma, a colon, a hyphen or a little word at its end. */
    private static final Pattern RUNS_ON = Pattern.compile(
            "(?:[,;:(\\-]|\\b(?:a|an|the|and|or|of|to|in|on|at|by|for|with|from|that|which|who|as|is|was|were|are))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_SENTENCE = Pattern.compile("[\"“‘'«(\\[]?[\\p{Lu}\\p{N}]");

    private Sentences() {
    }

    /** A sentence as a span of the text it came from. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** Sentences of {@code text[from, to)}, trimmed, as spans of {@code text}. */
    public static List<Span> split(String text, int from, int to) {
        List<Span> sentences = new ArrayList<>();
        Matcher paragraphs = PARAGRAPH_BREAK.matcher(text).region(from, to);
        int paragraphStart = from;
        while (paragraphs.find()) {
            splitParagraph(text, paragraphStart, paragraphs.start(), sentences);
            paragraphStart = paragraphs.end();
        }
        splitParagraph(text, paragraphStart, to, sentences);
        return sentences;
    }

    public static List<Span> split(String text) {
        return split(text, 0, text.length());
    }

    /**
     * A paragraph's lines that stand apart: a list item ("- Three passengers died…", "• …", "2) …") and a heading
     * over a longer line ("08:00 — Welcome", "Key events") end where their line ends, though no full stop ends them.
     * Lines of text wrapped at a width run on: only a line at most half as long as the next is a heading.
     */
    private static void splitParagraph(String text, int from, int to, List<Span> out) {
        int start = from;
        int lineStart = from;
        while (lineStart < to) {
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0 || newline >= to) {
                break;
            }
            int next = newline + 1;
            int nextEnd = text.indexOf('\n', next);
            nextEnd = nextEnd < 0 || nextEnd > to ? to : nextEnd;
            String line = text.substring(lineStart, newline).strip();
            String nextLine = text.substring(next, nextEnd).strip();
            boolean item = LIST_ITEM.matcher(line).lookingAt() || LIST_ITEM.matcher(nextLine).lookingAt();
            boolean heading = !line.isEmpty() && line.length() <= MAX_HEADING && 2 * line.length() <= nextLine.length()
                    && !RUNS_ON.matcher(line).find() && STARTS_SENTENCE.matcher(nextLine).lookingAt();
            if (item || heading) {
                splitLines(text, start, newline, out);
                start = next;
            }
            lineStart = next;
        }
        splitLines(text, start, to, out);
    }

    private static void splitLines(String text, int from, int to, List<Span> out) {
        List<Integer> ends = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text).region(from, to);
        boundary.useTransparentBounds(true);
        while (boundary.find()) {
            if (!Abbreviations.closesAbbreviation(text, from, boundary.start() + 1)
                    && !closesListNumber(text, from, boundary.start())) {
                ends.add(boundary.end());
            }
        }
        ends.add(to);
        Quotations quotations = new Quotations(text, from, ends);
        int start = from;
        int startAt = -1;
        for (int i = 0; i < ends.size(); i++) {
            int end = ends.get(i);
            boolean last = i == ends.size() - 1;
            if (!last && quotations.open(startAt, i) && quotations.closesWithin(startAt, i, start + MAX_LENGTH)) {
                continue;
            }
            addTrimmed(text, start, end, out);
            start = end;
            startAt = i;
        }
    }

    /** Whether the full stop at {@code at} closes a list item's number at its line's start: "4. What went wrong?". */
    private static boolean closesListNumber(String text, int from, int at) {
        // looks back a few characters only: a scan to the line's start would make a long line quadratic (issue 9)
        int digits = at;
        while (digits > from && at - digits < 2 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
            digits--;
        }
        int indent = digits;
        while (indent > from && digits - indent < 4 && (text.charAt(indent - 1) == ' ' || text.charAt(indent - 1) == '\t')) {
            indent--;
        }
        return text.charAt(at) == '.' && digits < at && (indent == from || text.charAt(indent - 1) == '\n');
    }

    /**
     * Whether the text between two candidate sentence ends is inside a quotation, answered from the
     * parity of the quote marks before each end, counted once per paragraph.
     */
    private static final class Quotations {
        private final List<Integer> ends;
        /** Quote marks from the paragraph's start to each end, modulo 2. */
        private final boolean[] oddBefore;
        /** For each end and parity, the first end at or after it whose count has that parity, or -1. */
        private final int[][] nextWithParity;

        Quotations(String text, int from, List<Integer> ends) {
            this.ends = ends;
            this.oddBefore = new boolean[ends.size()];
            int position = from;
            boolean odd = false;
            for (int i = 0; i < ends.size(); i++) {
                for (; position < ends.get(i); position++) {
                    char c = text.charAt(position);
                    odd ^= c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
                }
                oddBefore[i] = odd;
            }
            nextWithParity = new int[2][ends.size() + 1];
            nextWithParity[0][ends.size()] = -1;
            nextWithParity[1][ends.size()] = -1;
            for (int i = ends.size() - 1; i >= 0; i--) {
                int parity = oddBefore[i] ? 1 : 0;
                nextWithParity[parity][i] = i;
                nextWithParity[1 - parity][i] = nextWithParity[1 - parity][i + 1];
            }
        }

        /** Whether a quotation opened after end {@code startAt} (-1: the paragraph's start) is still open at end {@code i}. */
        boolean open(int startAt, int i) {
            return oddBefore[i] != parityAt(startAt);
        }

        /** Whether a later end closes that quotation no further than {@code limit}. */
        boolean closesWithin(int startAt, int i, int limit) {
            int closing = nextWithParity[parityAt(startAt) ? 1 : 0][i + 1];
            return closing >= 0 && ends.get(closing) <= limit;
        }

        private boolean parityAt(int startAt) {
            return startAt >= 0 && oddBefore[startAt];
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_LENGTH) {
            int cut = cutPoint(text, start, start + MAX_LENGTH);
            addTrimmed(text, start, cut, out);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /**
     * Where to cut an over-long run of text: after a semicolon, else a comma, else a space, looking
     * back no further than a third of a sentence (an unbounded search made long runs quadratic).
     */
    private static int cutPoint(String text, int start, int limit) {
        int floor = start + MAX_LENGTH / 3;
        for (String mark : new String[] {"; ", ", ", " "}) {
            for (int at = limit - mark.length(); at > floor; at--) {
                if (text.startsWith(mark, at)) {
                    return at + mark.length() - 1;
                }
            }
        }
        return limit;
    }
}
