package org.newsdesk.knowledge;

/** A file of the knowledge folder that could not be loaded, and why, in words a reader understands. */
public record LoadFailure(String document, String reason) {

    @Override
    public String toString() {
        return document + ": " + reason;
    }
}
