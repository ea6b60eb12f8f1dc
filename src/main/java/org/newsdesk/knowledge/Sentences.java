package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern BOUNDARY = Pattern.compile(
            "[.!?…]+[\"'”“’‘»)\\]]*(?=\\s+[\"“‘'«(\\[]?[\\p{Lu}\\p{N}])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "gov", "sen", "rep", "pres", "rev", "hon", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "dept", "univ", "mt", "ft", "ave", "blvd");

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

    private static void splitParagraph(String text, int from, int to, List<Span> out) {
        List<Integer> ends = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text).region(from, to);
        boundary.useTransparentBounds(true);
        while (boundary.find()) {
            if (!endsWithAbbreviation(text, from, boundary.start() + 1)) {
                ends.add(boundary.end());
            }
        }
        ends.add(to);
        int start = from;
        for (int i = 0; i < ends.size(); i++) {
            int end = ends.get(i);
            boolean last = i == ends.size() - 1;
            if (!last && insideQuotation(text, start, end) && wouldFit(text, start, ends, i)) {
                continue;
            }
            addTrimmed(text, start, end, out);
            start = end;
        }
    }

    /** True when the next boundary that closes the quotation still leaves a sentence within bounds. */
    private static boolean wouldFit(String text, int start, List<Integer> ends, int i) {
        for (int j = i + 1; j < ends.size(); j++) {
            if (ends.get(j) - start > MAX_LENGTH) {
                return false;
            }
            if (!insideQuotation(text, start, ends.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuotation(String text, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    private static boolean endsWithAbbreviation(String text, int from, int periodEnd) {
        if (text.charAt(periodEnd - 1) != '.') {
            return false;
        }
        int wordStart = periodEnd - 1;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        Matcher word = LAST_WORD.matcher(text.substring(wordStart, periodEnd));
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        if (w.matches("(\\p{L}\\.)+\\p{L}")) {
            return true; // "U.S", "a.m": dotted abbreviations rarely end a sentence in news copy
        }
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
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

    /** Where to cut an over-long run of text: after a semicolon, else a comma, else a space. */
    private static int cutPoint(String text, int start, int limit) {
        for (String mark : new String[] {"; ", ", ", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at > start + MAX_LENGTH / 3) {
                return at + mark.length() - 1;
            }
        }
        return limit;
    }
}
