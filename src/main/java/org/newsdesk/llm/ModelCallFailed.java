package org.newsdesk.llm;

/** A streamed model call that ended in an error or did not end in time. */
final class ModelCallFailed extends RuntimeException {

    ModelCallFailed(Throwable cause) {
        super(cause == null ? "the model call failed" : cause.toString(), cause);
    }
}
