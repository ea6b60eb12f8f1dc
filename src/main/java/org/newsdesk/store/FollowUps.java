package org.newsdesk.store;

import java.util.List;

/**
 * The last few questions of each chat, so a follow-up ("how many of them went back?") can lean on the
 * ones before. Thread-safe.
 */
public interface FollowUps {

    /** As many earlier questions as a follow-up can sensibly lean on (the console keeps as many). */
    int REMEMBERED_QUESTIONS = 3;

    /** The chat's remembered questions, oldest first. */
    List<String> earlier(String chat);

    /** Remembers a question, forgetting the chat's oldest beyond {@link #REMEMBERED_QUESTIONS}. */
    void remember(String chat, String question);

    void forget(String chat);
}
