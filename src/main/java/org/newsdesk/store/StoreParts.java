package org.newsdesk.store;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/** The parts a {@link Store} is made of; each store builds them once and hands them out through {@link Store}. */
public record StoreParts(Counters counters, UnansweredLog unanswered, FeedbackLog feedback, UpdateQueue updates,
        ChatMemoryStore conversations, FollowUps followUps, RateLimits rateLimits, Pacing pacing,
        Broadcasts broadcasts, Leadership leadership) {
}
