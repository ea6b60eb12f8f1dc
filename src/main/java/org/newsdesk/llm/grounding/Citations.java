package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation markers in an answer: {@code [1]}, {@code [1, 3]}, {@code [2-4]}, and a citation with the words
 * of the passage the statement rests on, {@code [1: "exact words"]}, which the reader sees as {@code [1]}.
 */
public final class Citations {

    /** A plain citation (group {@code numbers}) or a supported one (groups {@code number} and {@code span}). */
    static final Pattern MARKER = Pattern.compile("\\[(?:(?<numbers>\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)"
            + "|(?<number>\\d{1,3})\\s*:\\s*(?<span>[^\\]\\n]{1,1000}))]");
    /** A supported citation still being written, at the end of a streamed text. */
    static final Pattern OPEN_MARKER = Pattern.compile("\\[\\d{1,3}\\s*:[^\\]\\n]*$");
    private static final Pattern SPAN_QUOTES = Pattern.compile("^[\\s\"“”„«»']+|[\\s\"“”„«»']+$");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d+)");
    /** A range wider than this is not a citation anyone means. */
    private static final int MAX_RANGE = 10;

    private Citations() {
    }

    /** The cited numbers, in order of first appearance. */
    public static List<Integer> in(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            for (int number : numbers(marker)) {
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
        }
        return numbers;
    }

    /** The supported citations, in order: each passage number with the words quoted from it. */
    public static List<Support> supportsIn(String text) {
        List<Support> supports = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            if (marker.group("span") != null) {
                supports.add(new Support(Integer.parseInt(marker.group("number")),
                        SPAN_QUOTES.matcher(marker.group("span")).replaceAll("")));
            }
        }
        return supports;
    }

    /** The numbers cited without the words they rest on. */
    static List<Integer> unsupportedIn(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            if (marker.group("numbers") != null) {
                numbers.addAll(numbers(marker));
            }
        }
        return numbers;
    }

    /** The text without its markers, for memory: numbers mean nothing once the passages are gone. */
    public static String strip(String text) {
        return MARKER.matcher(text).replaceAll("").replaceAll("[ \\t]+([.,;:!?])", "$1").replaceAll("[ \\t]{2,}", " ")
                .strip();
    }

    /**
     * Renumbers markers in order of first appearance (1, 2, ...), which is the order of the source list, and
     * leaves out the quoted words of supported citations: the reader sees the passage itself as a source.
     */
    public static String renumbered(String text) {
        Map<Integer, Integer> numbering = new LinkedHashMap<>();
        for (int number : in(text)) {
            numbering.put(number, numbering.size() + 1);
        }
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            TreeSet<Integer> renumbered = new TreeSet<>();
            numbers(marker).forEach(number -> renumbered.add(numbering.get(number)));
            StringBuilder replacement = new StringBuilder("[");
            renumbered.forEach(number -> replacement.append(replacement.length() > 1 ? ", " : "").append(number));
            marker.appendReplacement(out, Matcher.quoteReplacement(replacement.append(']').toString()));
        }
        marker.appendTail(out);
        return out.toString();
    }

    private static List<Integer> numbers(Matcher marker) {
        return marker.group("number") != null ? List.of(Integer.parseInt(marker.group("number")))
                : numbers(marker.group("numbers"));
    }

    private static List<Integer> numbers(String inside) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : inside.split("\\s*[,;]\\s*")) {
            Matcher range = RANGE.matcher(part);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (from <= to && to - from <= MAX_RANGE) {
                    for (int number = from; number <= to; number++) {
                        numbers.add(number);
                    }
                    continue;
                }
                numbers.add(from);
                numbers.add(to);
            } else {
                numbers.add(Integer.parseInt(part.strip()));
            }
        }
        return numbers;
    }
}
