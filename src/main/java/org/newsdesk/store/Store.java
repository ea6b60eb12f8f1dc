package org.newsdesk.store;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Everything that outlives a message, in one place: {@link FileStore} under the data folder for one
 * process, or the PostgreSQL store ({@code store/postgres}) that several instances share. Each part is its
 * own small interface; adapters and the core use the parts and never learn which store runs. Thread-safe.
 */
public interface Store extends AutoCloseable {

    Counters counters();

    UnansweredLog unanswered();

    /** Updates received and not answered yet. */
    UpdateQueue updates();

    /** The model's conversation memory (LangChain4j's). */
    ChatMemoryStore conversations();

    /** Each chat's last questions, for follow-ups. */
    FollowUps followUps();

    /** Readers' rate limits, counted by every instance together. */
    RateLimits rateLimits();

    /** Rate limits on sending that every instance shares (Telegram's flood limits). */
    Pacing pacing();

    /** Requests to every running instance (an administrator's /reload). */
    Broadcasts broadcasts();

    /** Who polls Telegram. */
    Leadership leadership();

    /** Makes everything recorded so far lasting; implementations that write through may do nothing. */
    void flush();

    /** Flushes and releases what the store holds; it is not used afterwards. */
    @Override
    void close();
}
