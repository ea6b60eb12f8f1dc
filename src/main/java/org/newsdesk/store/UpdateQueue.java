package org.newsdesk.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The updates received from Telegram that are not answered yet, stored before Telegram is told they
 * arrived, so none is lost when a process stops or dies. Workers claim them: a chat's updates one at a
 * time and in order (only a chat's oldest waiting update can be claimed, and only while nobody holds
 * it), each claim held for a short lease that the worker renews while it works; a claim that is not
 * renewed (its process died) lapses and another worker takes the update. Thread-safe.
 */
public interface UpdateQueue {

    /** How often a worker renews its claims; implementations with leases make them last three times this or more. */
    Duration RENEW_EVERY = Duration.ofSeconds(4);

    /**
     * An update as it arrived.
     *
     * @param id   Telegram's update id, unique: an update stored twice is kept once
     * @param chat what orders it: updates with the same value are answered one after another, in id order
     * @param json the update exactly as Telegram sent it
     */
    record Received(long id, String chat, String json) {
    }

    /**
     * A claimed update; {@code attempts} counts this claim and earlier ones that lapsed (claims given back
     * do not count), so 2 or more means an instance died while it held the update, perhaps after replying.
     */
    record Claim(long id, String chat, String json, int attempts) {
    }

    /**
     * Stores the updates not stored before; returns once they survive this process.
     *
     * @throws StoreException when they could not be stored; nothing may then be confirmed to Telegram
     */
    void store(List<Received> updates);

    /** Claims up to {@code max} waiting updates, oldest first, at most one per chat. Never blocks for long. */
    List<Claim> claim(int max);

    /** Extends the leases of claims still being worked on. */
    void renew(Collection<Long> ids);

    /** The update is answered: it is never claimed again. */
    void done(long id);

    /**
     * Gives back a claim whose update was not answered (the process is stopping), so another worker can take
     * it at once; it does not count as an attempt.
     */
    void release(long id);

    /** Updates stored and not done yet. */
    int waiting();

    /** Telegram confirmed every update below {@code id}: what was done below it need not be remembered. */
    void confirmedBelow(long id);
}
