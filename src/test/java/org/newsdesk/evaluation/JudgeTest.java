package org.newsdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;

class JudgeTest {

    private static final String AFP = "afp.txt";
    private static final String AP = "ap.txt";
    private final Judge judge = new Judge(Map.of(
            AFP, "Eight children were returned. The toll was 19.",
            AP, "The toll rose to 17. Officials said so."));

    private static EvalQuestion question(EvalKind kind, String expect, boolean answerable, String document) {
        return new EvalQuestion(1, "How many?", kind, Pattern.compile(expect, Pattern.CASE_INSENSITIVE), answerable,
                Optional.ofNullable(document), Optional.empty());
    }

    private static Answer answered(String text, Source... sources) {
        return new Answer("How many?", text, true, List.of(sources), Mode.EXTRACTIVE, "", 1);
    }

    private static Answer declined(String text) {
        return new Answer("How many?", text, false, List.of(), Mode.EXTRACTIVE, "", 1);
    }

    private static Source source(String document, String quote) {
        return new Source(document, "title", "AFP", null, quote, 0.9);
    }

    @Test
    void should_accept_an_answer_with_the_expected_text_quoting_the_named_article() {
        Verdict verdict = judge.judge(question(EvalKind.FACT, "eight", true, AFP),
                answered("Eight children were returned.", source(AFP, "Eight children were returned.")));

        assertThat(verdict.right()).isTrue();
        assertThat(verdict.reason()).isEmpty();
    }

    @Test
    void should_reject_a_declined_answer_to_an_answerable_question_and_the_reverse() {
        Verdict declined = judge.judge(question(EvalKind.FACT, "eight", true, null), declined("The articles do not say."));
        Verdict answered = judge.judge(question(EvalKind.NOT_STATED, "do not", false, null),
                answered("Eight children were returned.", source(AFP, "Eight children were returned.")));

        assertThat(declined.problems()).containsExactly("declined", "expected pattern not found");
        assertThat(answered.problems()).containsExactly("answered, but the articles do not answer it",
                "expected pattern not found");
    }

    @Test
    void should_accept_a_language_question_answered_or_declined_when_the_pattern_matches() {
        EvalQuestion question = question(EvalKind.LANGUAGE, "англійськ|eight", false, null);

        assertThat(judge.judge(question, declined("Питання слід ставити англійською.")).right()).isTrue();
        assertThat(judge.judge(question, answered("Eight children were returned.",
                source(AFP, "Eight children were returned."))).right()).isTrue();
        assertThat(judge.judge(question, declined("The stored articles do not say.")).right()).isFalse();
    }

    @Test
    void should_want_the_first_source_from_the_named_article() {
        Verdict verdict = judge.judge(question(EvalKind.FACT, "toll", true, AFP),
                answered("The toll rose to 17.", source(AP, "The toll rose to 17.")));

        assertThat(verdict.problems()).containsExactly("first source is ap.txt, expected afp.txt");
        assertThat(verdict.wrongArticleQuotes()).isZero();
    }

    @Test
    void should_count_quotes_not_in_any_article_and_quotes_attributed_to_the_wrong_one() {
        Verdict verdict = judge.judge(question(EvalKind.FACT, "toll", true, null),
                answered("The toll was 20. The toll was 19.", source(AP, "The toll was 20."), source(AP, "The toll was 19.")));

        assertThat(verdict.nonVerbatimQuotes()).isEqualTo(1);
        assertThat(verdict.wrongArticleQuotes()).isEqualTo(1);
        assertThat(verdict.problems()).containsExactly("quote not verbatim in ap.txt",
                "quote from afp.txt attributed to ap.txt");
    }

    @Test
    void should_count_a_quote_from_another_article_than_the_one_a_qualified_question_names() {
        Verdict verdict = judge.judge(question(EvalKind.QUALIFIED, "19", true, AFP),
                answered("The toll was 19. The toll rose to 17.", source(AFP, "The toll was 19."),
                        source(AP, "The toll rose to 17.")));

        assertThat(verdict.wrongArticleQuotes()).isEqualTo(1);
        assertThat(verdict.problems()).containsExactly("quotes ap.txt, not the article asked about");
    }

    @Test
    void should_reject_a_declined_answer_that_still_cites_sources() {
        Answer answer = new Answer("q", "The articles do not say.", false, List.of(source(AFP, "The toll was 19.")),
                Mode.EXTRACTIVE, "", 1);

        Verdict verdict = judge.judge(question(EvalKind.NOT_STATED, "do not", false, null), answer);

        assertThat(verdict.problems()).containsExactly("declined, but cites 1 source(s)");
    }
}
