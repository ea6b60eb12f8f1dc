package org.newsdesk.llm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One question at a time per conversation, in arrival order, while different conversations run side
 * by side: LangChain4j's AI services must not be called concurrently for the same memory id, and a
 * reader's follow-up must see the answer before it.
 */
final class ConversationTurns {

    private final Map<String, Turnstile> turnstiles = new HashMap<>();

    <T> T inTurn(String conversation, Supplier<T> work) {
        Turnstile turnstile;
        synchronized (turnstiles) {
            turnstile = turnstiles.computeIfAbsent(conversation, key -> new Turnstile());
            turnstile.waiting++;
        }
        turnstile.lock.lock();
        try {
            return work.get();
        } finally {
            turnstile.lock.unlock();
            synchronized (turnstiles) {
                if (--turnstile.waiting == 0) {
                    turnstiles.remove(conversation);
                }
            }
        }
    }

    /** A fair lock, so questions are answered in the order they came; dropped when nobody waits. */
    private static final class Turnstile {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int waiting;
    }
}
