package org.newsdesk.answer;

import java.util.List;

/**
 * A reader's question with the conversation it belongs to.
 *
 * @param text         as the reader typed it; untrusted
 * @param conversation identifies the conversation (a chat), or empty for a one-off question
 * @param earlier      the reader's previous questions in this conversation, oldest first, so that a
 *                     follow-up such as "how many of them went back?" can be understood
 */
public record Question(String text, String conversation, List<String> earlier) {

    /** Longer questions are refused with a message: no real question needs more, and it bounds the work. */
    public static final int MAX_LENGTH = 500;

    public Question {
        text = text == null ? "" : text;
        conversation = conversation == null ? "" : conversation;
        earlier = List.copyOf(earlier);
    }

    /** Whether the question is refused before any search: empty, too long, or only instructions to the bot. */
    public boolean refused() {
        return !QuestionGuard.check(text).ok();
    }

    public static Question of(String text) {
        return new Question(text, "", List.of());
    }
}
