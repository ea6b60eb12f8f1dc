package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

    private final ChatQueues queues = new ChatQueues(2);

    @AfterEach
    void stop() {
        queues.interrupt();
    }

    @Test
    void should_run_one_chats_tasks_in_order_one_at_a_time() {
        // given
        List<Integer> done = new CopyOnWriteArrayList<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

        // when
        for (int i = 0; i < 50; i++) {
            int task = i;
            queues.submit("chat", () -> {
                if (!running.compareAndSet(false, true)) {
                    overlaps.add("task " + task);
                }
                done.add(task);
                running.set(false);
            });
        }

        // then
        await().until(() -> done.size() == 50);
        assertThat(done).isSorted();
        assertThat(overlaps).isEmpty();
    }

    @Test
    void should_serve_another_chat_while_one_chat_is_busy() throws InterruptedException {
        // given a chat whose task blocks
        CountDownLatch release = new CountDownLatch(1);
        queues.submit("busy", () -> block(release));
        queues.submit("busy", () -> { });

        // when
        CountDownLatch served = new CountDownLatch(1);
        queues.submit("other", served::countDown);

        // then
        assertThat(served.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void should_keep_going_after_a_task_fails() {
        // given
        List<String> done = new CopyOnWriteArrayList<>();

        // when
        queues.submit("chat", () -> {
            throw new IllegalStateException("a bad update");
        });
        queues.submit("chat", () -> done.add("next"));

        // then
        await().until(() -> done.contains("next"));
    }

    @Test
    void should_drop_work_beyond_the_backlog_limit() {
        // given a chat stuck on its first task with a full backlog
        CountDownLatch release = new CountDownLatch(1);
        queues.submit("chat", () -> block(release));
        for (int i = 0; i < ChatQueues.MAX_BACKLOG; i++) {
            assertThat(queues.submit("chat", () -> { })).isTrue();
        }

        // when / then
        assertThat(queues.submit("chat", () -> { })).isFalse();
        release.countDown();
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
