package org.newsdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFileTest {

    private static final String GOOD = "{\"q\":\"How many?\",\"kind\":\"fact\",\"expect\":\"eight\",\"answerable\":true}";

    private static List<EvalQuestion> read(String content) throws Exception {
        return QuestionFile.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_read_every_field_and_skip_blank_lines() throws Exception {
        List<EvalQuestion> questions = read("\uFEFF" + GOOD + "\r\n\n"
                + "{\"q\":\"How old is she?\",\"kind\":\"follow_up\",\"expect\":\"55-year\",\"answerable\":true,"
                + "\"doc\":\"a.md\",\"after\":\"Who is Melania?\"}");

        assertThat(questions).hasSize(2);
        EvalQuestion first = questions.get(0);
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("How many?");
        assertThat(first.kind()).isEqualTo(EvalKind.FACT);
        assertThat(first.expect().matcher("EIGHT children").find()).isTrue();
        assertThat(first.document()).isEmpty();
        EvalQuestion second = questions.get(1);
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.kind()).isEqualTo(EvalKind.FOLLOW_UP);
        assertThat(second.document()).contains("a.md");
        assertThat(second.after()).contains("Who is Melania?");
    }

    @Test
    void should_match_case_insensitively_in_any_script() throws Exception {
        EvalQuestion question = read("{\"q\":\"Скільки?\",\"kind\":\"language\",\"expect\":\"англійськ\","
                + "\"answerable\":false}").get(0);

        assertThat(question.expect().matcher("АНГЛІЙСЬКОЮ").find()).isTrue();
    }

    @Test
    void should_name_the_line_of_each_kind_of_mistake() {
        assertProblem(GOOD + "\n{not json", "line 2: not a JSON object");
        assertProblem("[1,2]", "line 1: not a JSON object");
        assertProblem("{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true,\"docs\":\"a\"}",
                "line 1: unknown field 'docs'");
        assertProblem("{\"q\":\"x\",\"kind\":\"facts\",\"expect\":\"x\",\"answerable\":true}", "line 1: unknown kind 'facts'");
        assertProblem("{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"(eight\",\"answerable\":true}",
                "line 1: 'expect' is not a valid regular expression");
        assertProblem("{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":\"yes\"}",
                "line 1: 'answerable' must be true or false");
        assertProblem("{\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true}", "line 1: 'q' is missing");
        assertProblem("{\"q\":\" \",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true}",
                "line 1: 'q' must be a non-empty string");
        assertProblem("{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true,\"doc\":7}",
                "line 1: 'doc' must be a non-empty string");
        assertProblem("{\"q\":\"x\",\"kind\":\"follow_up\",\"expect\":\"x\",\"answerable\":true}",
                "line 1: a follow_up question needs 'after'");
        assertProblem("{\"q\":\"x\",\"q\":\"y\",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true}",
                "line 1: not a JSON object: Duplicate field 'q'");
        assertProblem("\n\n", "holds no questions");
    }

    @Test
    void should_refuse_a_line_too_long_without_reading_it_whole() {
        String huge = "{\"q\":\"" + "x".repeat(QuestionFile.MAX_LINE_BYTES * 50) + "\"}";

        assertProblem(GOOD + "\n" + GOOD + "\n" + huge, "line 3: longer than " + QuestionFile.MAX_LINE_BYTES);
    }

    @Test
    void should_refuse_bytes_that_are_not_utf8() {
        byte[] bytes = (GOOD + "\n{\"q\":\"caf").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xE9;
        bad[bytes.length + 1] = '"';
        bad[bytes.length + 2] = '}';

        assertThatThrownBy(() -> QuestionFile.read(new ByteArrayInputStream(bad)))
                .isInstanceOf(QuestionFileException.class).hasMessageContaining("line 2: not valid UTF-8");
    }

    @Test
    void should_name_a_missing_file() {
        assertThatThrownBy(() -> QuestionFile.read(java.nio.file.Path.of("no/such/questions.jsonl")))
                .isInstanceOf(QuestionFileException.class).hasMessageContaining("no question file");
    }

    private static void assertProblem(String content, String message) {
        assertThatThrownBy(() -> read(content)).isInstanceOf(QuestionFileException.class).hasMessageContaining(message);
    }
}
