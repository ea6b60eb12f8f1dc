package org.newsdesk.llm;

/** A streamed model call that ended in an error or did not end in time. */
final class ModelCallFailed extends RuntimeException {

    ModelCallFailed(Throwable cause) {
        super(cause == null ? "the model call failed" : cause.toString(), cause);
    }

    /** Whether a failure was the model taking too long (our own wait, or the HTTP client's), by its causes. */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.io.InterruptedIOException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
