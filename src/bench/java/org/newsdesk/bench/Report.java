package org.newsdesk.bench;

import java.io.PrintStream;
import java.util.List;

/** Bench results on standard output as Markdown: a heading per measurement, then tables and notes. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title) {
        out.println();
        out.println("## " + title);
        out.println();
        out.flush();
    }

    void table(List<String> header, List<List<String>> rows) {
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + "---|".repeat(header.size()));
        rows.forEach(row -> out.println("| " + String.join(" | ", row) + " |"));
        out.println();
        out.flush();
    }

    void note(String text) {
        out.println(text);
        out.flush();
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f", millis) : String.format("%.1f", millis);
    }

    static String ratio(double value) {
        return String.format("%.2f×", value);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format("%d/%d (%.0f%%)", part, whole, 100.0 * part / whole);
    }
}
