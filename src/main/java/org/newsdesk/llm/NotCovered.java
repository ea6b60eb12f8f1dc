package org.newsdesk.llm;

/**
 * Thrown from inside the retrieval chain when nothing relevant was found, so the model is not asked.
 * Carries no stack trace: it is an outcome, not an error.
 */
final class NotCovered extends RuntimeException {

    NotCovered() {
        super("the articles do not cover the question", null, false, false);
    }
}
