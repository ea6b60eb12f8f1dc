package org.newsdesk.llm;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.query.Query;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Question;

/**
 * What one question learns on its way through the chain, passed along in LangChain4j's invocation
 * parameters: the extractive answer to the question as asked, and to its rewritten form if there was
 * one. Either serves as the relevance gate and as the fallback.
 */
final class Turn {

    private static final String KEY = "newsdesk.turn";

    private final Question question;
    private final Answer asAsked;
    private volatile Answer asRewritten;

    Turn(Question question, Answer asAsked) {
        this.question = question;
        this.asAsked = asAsked;
    }

    static Turn of(Query query) {
        return query.metadata().invocationParameters().get(KEY);
    }

    InvocationParameters parameters() {
        return InvocationParameters.from(KEY, this);
    }

    Question question() {
        return question;
    }

    void rewritten(Answer answer) {
        asRewritten = answer;
    }

    /**
     * Whether the model is worth asking: the articles answer the question, or hold sentences close to it
     * (the extractive threshold is set for quoting, and the model's answer is checked against the
     * passages before anyone sees it).
     */
    boolean covered() {
        return near(asAsked) || (asRewritten != null && near(asRewritten));
    }

    private static boolean near(Answer answer) {
        return answer.answerable() || !answer.related().isEmpty();
    }

    /** The answer from the articles alone: to the question as asked if that works, else as rewritten. */
    Answer extractive() {
        if (asAsked.answerable() || asRewritten == null || !asRewritten.answerable()) {
            return asAsked;
        }
        return new Answer(question.text(), asRewritten.text(), true, asRewritten.sources(), asRewritten.mode(),
                asRewritten.notice(), asRewritten.millis());
    }
}
