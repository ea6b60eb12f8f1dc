package org.newsdesk.evaluation;

import org.newsdesk.answer.Answer;

/** A question, the answer it got, and the verdict on it. */
public record Graded(EvalQuestion question, Answer answer, Verdict verdict) {
}
