package org.newsdesk.store;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Everything that outlives a message, in one place: {@link FileStore} under the data folder for one
 * process, or the PostgreSQL store ({@code store/postgres}) that several instances share. Each part is its
 * own small interface; adapters and the core use the parts and never learn which store runs. Thread-safe.
 */
public interface Store extends AutoCloseable {

    /** What this store is made of; the accessors below hand out its parts. */
    StoreParts parts();

    default Counters counters() { return parts().counters(); }

    default UnansweredLog unanswered() { return parts().unanswered(); }

    /** The answers readers can rate or follow up with a button, and their ratings. */
    default FeedbackLog feedback() { return parts().feedback(); }

    /** Updates received and not answered yet. */
    default UpdateQueue updates() { return parts().updates(); }

    /** The model's conversation memory (LangChain4j's). */
    default ChatMemoryStore conversations() { return parts().conversations(); }

    /** Each chat's last questions, for follow-ups. */
    default FollowUps followUps() { return parts().followUps(); }

    /** Readers' rate limits, counted by every instance together. */
    default RateLimits rateLimits() { return parts().rateLimits(); }

    /** Rate limits on sending that every instance shares (Telegram's flood limits). */
    default Pacing pacing() { return parts().pacing(); }

    /** Requests to every running instance (an administrator's /reload). */
    default Broadcasts broadcasts() { return parts().broadcasts(); }

    /** Who polls Telegram. */
    default Leadership leadership() { return parts().leadership(); }

    /** Makes everything recorded so far lasting; implementations that write through may do nothing. */
    void flush();

    /** Flushes and releases what the store holds; it is not used afterwards. */
    @Override
    void close();
}
