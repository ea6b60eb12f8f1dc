package org.newsdesk.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Prometheus' text exposition format (version 0.0.4) strictly: every line must be a comment
 * ({@code # HELP}, {@code # TYPE}), blank, or a sample {@code name{label="value",...} number}; anything
 * else is an error. Samples are kept by their series (name and labels, as written).
 */
public final class PrometheusText {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\",?)*)\\})?"
            + " ([-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|NaN|Inf))( -?[0-9]+)?");
    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) " + NAME + " .*");

    private final Map<String, Double> samples;

    private PrometheusText(Map<String, Double> samples) {
        this.samples = samples;
    }

    public static PrometheusText parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty() || line.startsWith("#") && COMMENT.matcher(line).matches()) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("line " + number + " is not Prometheus text: " + line);
            }
            String value = sample.group(4);
            double parsed = value.endsWith("Inf") ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : Double.parseDouble(value);
            String series = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
            if (samples.put(series, parsed) != null) {
                throw new IllegalArgumentException("line " + number + " repeats the series " + series);
            }
        }
        return new PrometheusText(samples);
    }

    /** The sum of every sample of a metric whose labels include all of {@code labels} (as {@code key="value"}). */
    public double sum(String name, String... labels) {
        double total = 0;
        for (Map.Entry<String, Double> sample : samples.entrySet()) {
            String series = sample.getKey();
            if (!series.equals(name) && !series.startsWith(name + "{")) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= series.contains(label);
            }
            if (matches) {
                total += sample.getValue();
            }
        }
        return total;
    }

    public boolean has(String name) {
        return samples.keySet().stream().anyMatch(series -> series.equals(name) || series.startsWith(name + "{"));
    }
}
