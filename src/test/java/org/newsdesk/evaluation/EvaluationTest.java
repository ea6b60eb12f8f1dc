package org.newsdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.index.Progress;

class EvaluationTest {

    /** Answers every question with its own text, and records what it was asked and told to forget. */
    private static final class Recording implements Answerer {
        final List<Question> asked = new ArrayList<>();
        final List<String> forgotten = new ArrayList<>();

        @Override
        public Answer answer(Question question) {
            asked.add(question);
            return new Answer(question.text(), "You asked: " + question.text(), true, List.of(), Mode.EXTRACTIVE, "", 0);
        }

        @Override
        public void forget(String conversation) {
            forgotten.add(conversation);
        }
    }

    @Test
    void should_ask_a_follow_up_after_its_earlier_question_in_a_conversation_then_forget_it() {
        // given
        Recording answerer = new Recording();
        EvalQuestion alone = new EvalQuestion(1, "Who is she?", EvalKind.FACT, Pattern.compile("who is she", Pattern.CASE_INSENSITIVE), true,
                Optional.empty(), Optional.empty());
        EvalQuestion followUp = new EvalQuestion(2, "How old is she?", EvalKind.FOLLOW_UP, Pattern.compile("old"), true,
                Optional.empty(), Optional.of("Who is Melania?"));
        List<Integer> progress = new ArrayList<>();

        // when
        List<Graded> graded = new Evaluation(answerer, new Judge(Map.of()))
                .run(List.of(alone, followUp), (done, total, what) -> progress.add(done));

        // then
        assertThat(answerer.asked).extracting(Question::text).containsExactly("Who is she?", "Who is Melania?",
                "How old is she?");
        assertThat(answerer.asked.get(0).conversation()).isEmpty();
        Question asked = answerer.asked.get(2);
        assertThat(asked.conversation()).isEqualTo(answerer.asked.get(1).conversation()).isNotEmpty();
        assertThat(asked.earlier()).containsExactly("Who is Melania?");
        assertThat(answerer.forgotten).containsExactly(asked.conversation());
        assertThat(graded).extracting(g -> g.verdict().right()).containsExactly(true, true);
        assertThat(progress).containsExactly(1, 2);
    }

    @Test
    void should_report_nothing_for_no_progress_listener() {
        Recording answerer = new Recording();
        EvalQuestion alone = new EvalQuestion(1, "Who?", EvalKind.FACT, Pattern.compile("nobody"), true,
                Optional.empty(), Optional.empty());

        List<Graded> graded = new Evaluation(answerer, new Judge(Map.of())).run(List.of(alone), Progress.NONE);

        assertThat(graded.get(0).verdict().problems()).containsExactly("expected pattern not found");
    }
}
