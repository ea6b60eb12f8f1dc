package org.newsdesk.evaluation;

/** A question file that cannot be used; the message names the file's line when one is at fault. */
public final class QuestionFileException extends Exception {

    public QuestionFileException(String message) {
        super(message);
    }
}
