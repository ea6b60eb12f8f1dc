package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.MemoryPacing;

class FloodControlTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final FloodControl flood = new FloodControl(FloodControl.Limits.TELEGRAM, new MemoryPacing(now::get));

    @Test
    void should_let_a_short_burst_through_then_pace_a_chat_at_a_little_under_one_message_a_second() {
        // when
        long first = flood.reserve(1, false);
        long second = flood.reserve(1, false);
        long third = flood.reserve(1, false);
        long fourth = flood.reserve(1, false);
        long fifth = flood.reserve(1, false);

        // then
        assertThat(new long[] {first, second, third}).containsOnly(0);
        long interval = FloodControl.Limits.TELEGRAM.chatInterval().toNanos();
        assertThat(interval).isBetween(SECOND, 3 * SECOND / 2);
        assertThat(fourth).isEqualTo(interval);
        assertThat(fifth).isEqualTo(2 * interval);
    }

    @Test
    void should_not_pace_one_chat_for_another() {
        // given
        for (int i = 0; i < 5; i++) {
            flood.reserve(1, false);
        }

        // when / then
        assertThat(flood.reserve(2, false)).isZero();
    }

    @Test
    void should_hold_a_group_to_twenty_messages_a_minute_where_a_private_chat_goes_on() {
        // given a group and a private chat each sending a message every two seconds for 70 seconds
        long groupWait = 0;
        long privateWait = 0;
        for (int i = 0; i < 36; i++) {
            groupWait = flood.reserve(-100, true);
            privateWait = flood.reserve(7, false);
            now.addAndGet(2 * SECOND);
        }

        // then the group has run far past 20 a minute and must wait, the private chat need not
        assertThat(groupWait).isGreaterThan(10 * SECOND);
        assertThat(privateWait).isZero();
    }

    @Test
    void should_hold_the_bot_to_three_at_once_then_twenty_five_messages_a_second_overall() {
        // given three messages of any chats sent at once
        for (int message = 0; message < 3; message++) {
            assertThat(flood.reserveShared(2, false)).isZero();
        }

        // when / then the next waits its turn, and the one after it one more turn
        assertThat(flood.reserveShared(2, false)).isEqualTo(SECOND / 25);
        assertThat(flood.reserveShared(2, false)).isEqualTo(2 * SECOND / 25);
    }

    @Test
    void should_not_hold_other_chats_for_a_chat_booked_seconds_ahead() {
        // given a chat far ahead of its pace
        for (int i = 0; i < 10; i++) {
            flood.reserve(1, false);
        }

        // when / then another chat's message goes at once, chat slot and overall place alike
        assertThat(flood.reserve(2, false)).isZero();
        assertThat(flood.reserveShared(2, false)).isZero();
    }

    @Test
    void should_count_a_chats_next_messages_from_when_its_late_messages_really_go() {
        // given the whole bot booked 400 ms ahead
        for (int i = 0; i < 12; i++) {
            flood.reserveShared(99, false);
        }

        // when a chat's burst of three takes its slots at once, each then waiting for its place overall
        long sent = 0;
        for (int i = 0; i < 3; i++) {
            now.addAndGet(flood.reserve(1, false));
            sent = now.get() + flood.reserveShared(1, false);
        }

        // then its fourth message counts from the first message's real send, not from the slots booked
        long interval = FloodControl.Limits.TELEGRAM.chatInterval().toNanos();
        long firstSent = sent - 2 * SECOND / 25;
        assertThat(now.get() + flood.reserve(1, false)).isGreaterThanOrEqualTo(firstSent + interval);
    }
}
