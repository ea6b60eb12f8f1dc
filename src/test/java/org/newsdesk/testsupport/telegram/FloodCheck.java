package org.newsdesk.testsupport.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks the messages a bot sent, by the time the fake Bot API received each, against Telegram's flood
 * limits as its FAQ states them: at most 30 messages in any second over all chats, at most 20 in any
 * minute to one group, and about one a second to one chat with short bursts allowed (taken here as: at
 * most 3 at once, then one a second). Arrival times carry the jitter of delivery, which no sender
 * controls; a private chat's pace is checked with {@link #JITTER} of slack for it.
 */
public final class FloodCheck {

    static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    static final int GLOBAL_PER_SECOND = 30;
    static final int GROUP_PER_MINUTE = 20;
    static final int CHAT_BURST = 3;
    static final long JITTER = TimeUnit.MILLISECONDS.toNanos(100);

    private FloodCheck() {
    }

    /** Every way the calls broke a limit, in words; empty when none did. */
    public static List<String> violations(List<FakeBotApi.Call> calls, Map<Long, Boolean> groups) {
        List<FakeBotApi.Call> sends = calls.stream().filter(call -> call.is("sendMessage") || call.is("sendDocument"))
                .sorted(java.util.Comparator.comparingLong(FakeBotApi.Call::nanoTime)).toList();
        List<String> problems = new ArrayList<>();
        List<Long> all = sends.stream().map(FakeBotApi.Call::nanoTime).toList();
        int mostInASecond = most(all, SECOND);
        if (mostInASecond > GLOBAL_PER_SECOND) {
            problems.add(mostInASecond + " messages within one second over all chats");
        }
        Map<Long, List<Long>> byChat = new HashMap<>();
        for (FakeBotApi.Call send : sends) {
            byChat.computeIfAbsent(send.body().path("chat_id").asLong(), chat -> new ArrayList<>()).add(send.nanoTime());
        }
        byChat.forEach((chat, times) -> {
            if (groups.getOrDefault(chat, false)) {
                int inAMinute = most(times, 60 * SECOND);
                if (inAMinute > GROUP_PER_MINUTE) {
                    problems.add(inAMinute + " messages within a minute to group " + chat);
                }
            }
            for (int i = 0; i < times.size(); i++) {
                for (int j = i + 1; j < times.size(); j++) {
                    long allowed = CHAT_BURST + (times.get(j) - times.get(i) + JITTER) / SECOND;
                    if (j - i + 1 > allowed) {
                        problems.add((j - i + 1) + " messages to chat " + chat + " within "
                                + TimeUnit.NANOSECONDS.toMillis(times.get(j) - times.get(i)) + " ms");
                        return;
                    }
                }
            }
        });
        return problems;
    }

    /** The most of these (sorted) times that fall within any window of {@code window} nanoseconds. */
    static int most(List<Long> times, long window) {
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) >= window) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}
