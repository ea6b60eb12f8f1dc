package org.newsdesk.store;

/**
 * The keyed hashes a {@link FeedbackLog} keeps instead of ids: of the chat an answer was given in, and of
 * each reader who rated it, both salted with the answer's id so they link nothing across answers.
 */
public record FeedbackKeys(KeyedHash hash) {

    public String chat(String answer, long chat) {
        return hash.of("chat/" + answer, chat);
    }

    public String reader(String answer, long reader) {
        return hash.of("reader/" + answer, reader);
    }
}
