package org.newsdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;

class EvalReportTest {

    private static Graded graded(int line, EvalKind kind, String question, String answer, String... problems) {
        EvalQuestion asked = new EvalQuestion(line, question, kind, Pattern.compile("x"), true, Optional.empty(),
                Optional.empty());
        Answer given = new Answer(question, answer, true,
                List.of(new Source("a.txt", "t", "AFP", null, answer, 0.9)), Mode.EXTRACTIVE, "", 1);
        return new Graded(asked, given, new Verdict(List.of(problems), 0, problems.length > 1 ? 1 : 0));
    }

    private final EvalReport report = new EvalReport(List.of(
            graded(1, EvalKind.FACT, "Q1?", "A1."),
            graded(2, EvalKind.FACT, "Q2?", "line one\nline \"two\"", "expected pattern not found"),
            graded(3, EvalKind.METADATA, "Q3?", "A3.", "declined", "quote from b.txt attributed to a.txt")));

    @Test
    void should_count_right_answers_per_kind_and_overall() {
        assertThat(report.byKind()).containsEntry(EvalKind.FACT, new EvalReport.Tally(2, 1))
                .containsEntry(EvalKind.METADATA, new EvalReport.Tally(1, 0));
        assertThat(report.all()).isEqualTo(new EvalReport.Tally(3, 1));
        assertThat(report.table()).containsExactly(
                "kind             n  right       %",
                "fact             2      1   50.0%",
                "metadata         1      0    0.0%",
                "all              3      1   33.3%",
                "quotes not verbatim: 0, quotes from the wrong article: 1");
    }

    @Test
    void should_print_each_miss_on_one_escaped_line() {
        assertThat(report.missLines()).containsExactly(
                "[fact] line 2: \"Q2?\" expected /x/ got \"line one\\nline \\\"two\\\"\" (expected pattern not found)",
                "[metadata] line 3: \"Q3?\" expected /x/ got \"A3.\" (declined; quote from b.txt attributed to a.txt)");
    }

    @Test
    void should_cut_long_text_and_escape_control_characters() {
        assertThat(EvalReport.oneLine("a\u0007b\u202Ec", 100)).isEqualTo("a\\u0007b\\u202ec");
        assertThat(EvalReport.oneLine("x".repeat(500), 10)).isEqualTo("xxxxxxxxx…");
        assertThat(EvalReport.oneLine("x".repeat(10), 10)).isEqualTo("xxxxxxxxxx");
    }

    @Test
    void should_give_one_json_object_per_result_and_a_summary() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = report.jsonLines().stream().map(line -> read(json, line)).toList();
        JsonNode summary = json.readTree(report.jsonSummary());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(0).has("reason")).isFalse();
        assertThat(lines.get(1).get("kind").asText()).isEqualTo("fact");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("expected pattern not found");
        assertThat(lines.get(1).get("sources").get(0).get("document").asText()).isEqualTo("a.txt");
        assertThat(summary.get("questions").asInt()).isEqualTo(3);
        assertThat(summary.get("right").asInt()).isEqualTo(1);
        assertThat(summary.get("kinds").get("fact").get("right").asInt()).isEqualTo(1);
        assertThat(summary.get("wrongArticleQuotes").asInt()).isEqualTo(1);
        assertThat(summary.get("nonVerbatimQuotes").asInt()).isZero();
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
