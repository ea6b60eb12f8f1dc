package org.newsdesk.telegram;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A reply that grows while the answerer writes it: the first text is sent as a message, later text
 * replaces it by an edit at most once a second, and the finished reply takes its place (with any
 * further messages it needs). An answerer that writes nothing partial just gets the finished reply.
 */
final class LiveReply implements Consumer<String> {

    /** Telegram allows about one message, edits included, per chat per second. */
    static final long EDIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Outbox outbox;
    private final Target target;
    private final AnswerFormat format;
    private final LongSupplier clock;
    private final Chunker chunker = new Chunker();
    private Integer messageId;
    private List<Span> shown;
    private long shownAt;

    LiveReply(Outbox outbox, Target target, AnswerFormat format, LongSupplier clock) {
        this.outbox = outbox;
        this.target = target;
        this.format = format;
        this.clock = clock;
    }

    @Override
    public synchronized void accept(String partialText) {
        if (partialText == null || partialText.isBlank()) {
            return;
        }
        List<Span> first = chunker.split(format.partial(partialText).spans()).get(0);
        long now = clock.getAsLong();
        if (messageId == null && shown == null) {
            shown = first;
            shownAt = now;
            messageId = outbox.sendDraft(target, first).orElse(null);
        } else if (messageId != null && now - shownAt >= EDIT_INTERVAL_NANOS && !first.equals(shown)) {
            shown = first;
            shownAt = now;
            outbox.editDraft(target, messageId, first);
        }
    }

    synchronized void finish(Rich reply) {
        if (messageId == null) {
            outbox.send(target, reply);
            return;
        }
        List<List<Span>> messages = chunker.split(reply.spans());
        outbox.edit(target, messageId, messages.get(0));
        messages.subList(1, messages.size()).forEach(message -> outbox.send(target, message));
    }
}
