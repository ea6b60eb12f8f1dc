package org.newsdesk.metrics;

import java.util.function.Consumer;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;

/**
 * An answerer that counts and times every answer of the one it wraps. A failure is counted as an error
 * under the mode the wrapped answerer would have answered in, and rethrown.
 *
 * @param mode how the wrapped answerer answers when all goes well, the label of its errors
 */
record MeteredAnswerer(Answerer answerer, AnswerMeters meters, Mode mode) implements Answerer {

    @Override
    public Answer answer(Question question) {
        return answer(question, null);
    }

    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        long started = System.nanoTime();
        Answer answer;
        try {
            answer = partialText == null ? answerer.answer(question) : answerer.answer(question, partialText);
        } catch (RuntimeException e) {
            meters.record(mode, AnswerMeters.Outcome.ERROR, System.nanoTime() - started);
            throw e;
        }
        meters.record(answer.mode(), outcome(question, answer), System.nanoTime() - started);
        return answer;
    }

    @Override
    public void forget(String conversation) {
        answerer.forget(conversation);
    }

    private static AnswerMeters.Outcome outcome(Question question, Answer answer) {
        if (answer.answerable()) {
            return AnswerMeters.Outcome.ANSWERED;
        }
        return question.refused() ? AnswerMeters.Outcome.REFUSED : AnswerMeters.Outcome.NOT_STATED;
    }
}
