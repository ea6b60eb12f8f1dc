package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers in an answer: {@code [1]}, {@code [1, 3]}, {@code [2-4]}. */
public final class Citations {

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)]");
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
            for (int number : numbers(marker.group(1))) {
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
        }
        return numbers;
    }

    /** The text without its markers, for memory: numbers mean nothing once the passages are gone. */
    public static String strip(String text) {
        return MARKER.matcher(text).replaceAll("").replaceAll("[ \\t]+([.,;:!?])", "$1").replaceAll("[ \\t]{2,}", " ")
                .strip();
    }

    /** Renumbers markers in order of first appearance (1, 2, ...), which is the order of the source list. */
    public static String renumbered(String text) {
        Map<Integer, Integer> numbering = new LinkedHashMap<>();
        for (int number : in(text)) {
            numbering.put(number, numbering.size() + 1);
        }
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            TreeSet<Integer> renumbered = new TreeSet<>();
            numbers(marker.group(1)).forEach(number -> renumbered.add(numbering.get(number)));
            StringBuilder replacement = new StringBuilder("[");
            renumbered.forEach(number -> replacement.append(replacement.length() > 1 ? ", " : "").append(number));
            marker.appendReplacement(out, Matcher.quoteReplacement(replacement.append(']').toString()));
        }
        marker.appendTail(out);
        return out.toString();
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
