package org.newsdesk.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.answer.Source;

/** The figures of an evaluation: right answers per kind, quotes out of place, and the misses. */
public final class EvalReport {

    /** Misses print one line each; these bound the parts of a line. */
    private static final int QUESTION_CHARS = 100;
    private static final int EXPECTED_CHARS = 60;
    private static final int ANSWER_CHARS = 140;
    private static final int REASON_CHARS = 160;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Questions of one kind and how many were answered right. */
    public record Tally(int questions, int right) {
        public double percent() {
            return questions == 0 ? 0 : 100.0 * right / questions;
        }

        Tally plus(boolean ok) {
            return new Tally(questions + 1, right + (ok ? 1 : 0));
        }
    }

    private final List<Graded> graded;
    private final Map<EvalKind, Tally> byKind = new EnumMap<>(EvalKind.class);
    private Tally all = new Tally(0, 0);
    private int nonVerbatimQuotes;
    private int wrongArticleQuotes;

    public EvalReport(List<Graded> graded) {
        this.graded = List.copyOf(graded);
        for (Graded one : graded) {
            boolean right = one.verdict().right();
            byKind.merge(one.question().kind(), new Tally(1, right ? 1 : 0), (a, b) -> a.plus(right));
            all = all.plus(right);
            nonVerbatimQuotes += one.verdict().nonVerbatimQuotes();
            wrongArticleQuotes += one.verdict().wrongArticleQuotes();
        }
    }

    public Map<EvalKind, Tally> byKind() {
        return Map.copyOf(byKind);
    }

    public Tally all() {
        return all;
    }

    public int nonVerbatimQuotes() {
        return nonVerbatimQuotes;
    }

    public int wrongArticleQuotes() {
        return wrongArticleQuotes;
    }

    public List<Graded> misses() {
        return graded.stream().filter(one -> !one.verdict().right()).toList();
    }

    /** The per-kind table, as plain text. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-12s %5s %6s %7s", "kind", "n", "right", "%"));
        byKind.forEach((kind, tally) -> lines.add(row(kind.label(), tally)));
        lines.add(row("all", all));
        lines.add("quotes not verbatim: " + nonVerbatimQuotes + ", quotes from the wrong article: " + wrongArticleQuotes);
        return lines;
    }

    /** One line per miss: kind, question, expected pattern, what the answer said, and why it is wrong. */
    public List<String> missLines() {
        return misses().stream().map(miss -> String.format(Locale.ROOT, "[%s] line %d: \"%s\" expected /%s/ got %s\"%s\" (%s)",
                miss.question().kind().label(), miss.question().line(), oneLine(miss.question().text(), QUESTION_CHARS),
                oneLine(miss.question().expect().pattern(), EXPECTED_CHARS),
                miss.answer().answerable() ? "" : "declined: ", oneLine(miss.answer().text(), ANSWER_CHARS),
                oneLine(miss.verdict().reason(), REASON_CHARS))).toList();
    }

    /** One JSON object per question, in file order. */
    public List<String> jsonLines() {
        return graded.stream().map(EvalReport::json).toList();
    }

    /** The figures as one JSON object. */
    public String jsonSummary() {
        ObjectNode node = JSON.createObjectNode();
        node.put("summary", true);
        node.put("questions", all.questions());
        node.put("right", all.right());
        ObjectNode kinds = node.putObject("kinds");
        byKind.forEach((kind, tally) -> kinds.putObject(kind.label()).put("questions", tally.questions())
                .put("right", tally.right()));
        node.put("nonVerbatimQuotes", nonVerbatimQuotes);
        node.put("wrongArticleQuotes", wrongArticleQuotes);
        return node.toString();
    }

    private static String json(Graded one) {
        ObjectNode node = JSON.createObjectNode();
        node.put("line", one.question().line());
        node.put("question", one.question().text());
        node.put("kind", one.question().kind().label());
        node.put("ok", one.verdict().right());
        node.put("answerable", one.answer().answerable());
        node.put("answer", one.answer().text());
        ArrayNode sources = node.putArray("sources");
        for (Source source : one.answer().sources()) {
            sources.addObject().put("document", source.document()).put("quote", source.quote());
        }
        if (!one.verdict().right()) {
            node.put("reason", one.verdict().reason());
        }
        return node.toString();
    }

    private static String row(String label, Tally tally) {
        return String.format(Locale.ROOT, "%-12s %5d %6d %6.1f%%", label, tally.questions(), tally.right(), tally.percent());
    }

    /** The text on one line, control characters escaped, cut to about {@code limit} characters. */
    static String oneLine(String text, int limit) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (i == text.length()) {
            return out.toString();
        }
        int cut = Math.min(out.length(), limit - 1);
        if (cut > 0 && Character.isHighSurrogate(out.charAt(cut - 1))) {
            cut--;
        }
        return out.substring(0, cut) + "…";
    }
}
