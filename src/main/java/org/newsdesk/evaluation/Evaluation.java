package org.newsdesk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.index.Progress;

/** Asks every question of a question file and judges each answer. */
public final class Evaluation {

    private final Answerer answerer;
    private final Judge judge;

    public Evaluation(Answerer answerer, Judge judge) {
        this.answerer = answerer;
        this.judge = judge;
    }

    public List<Graded> run(List<EvalQuestion> questions, Progress progress) {
        List<Graded> graded = new ArrayList<>(questions.size());
        for (EvalQuestion question : questions) {
            Answer answer = ask(question);
            graded.add(new Graded(question, answer, judge.judge(question, answer)));
            progress.update(graded.size(), questions.size(), "questions");
        }
        return graded;
    }

    /**
     * A question alone, or a follow-up as a reader asks it: in a conversation of its own, after the
     * earlier question, which is then forgotten so no question sees another's conversation.
     */
    private Answer ask(EvalQuestion question) {
        if (question.after().isEmpty()) {
            return answerer.answer(Question.of(question.text()));
        }
        String conversation = "eval-" + question.line();
        String earlier = question.after().get();
        try {
            answerer.answer(new Question(earlier, conversation, List.of()));
            return answerer.answer(new Question(question.text(), conversation, List.of(earlier)));
        } finally {
            answerer.forget(conversation);
        }
    }
}
