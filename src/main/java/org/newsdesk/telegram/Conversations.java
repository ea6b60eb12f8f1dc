package org.newsdesk.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few questions of each chat, so a follow-up ("how many of them went back?") can lean on the
 * one before. Chats unheard from the longest are forgotten first once many are remembered.
 */
final class Conversations {

    /** As many earlier questions as a follow-up can sensibly lean on (the console keeps as many). */
    static final int REMEMBERED_QUESTIONS = 3;
    static final int MAX_CHATS = 10_000;

    private final Map<String, Deque<String>> chats = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    synchronized List<String> earlier(String chat) {
        Deque<String> questions = chats.get(chat);
        return questions == null ? List.of() : List.copyOf(questions);
    }

    synchronized void remember(String chat, String question) {
        Deque<String> questions = chats.computeIfAbsent(chat, c -> new ArrayDeque<>());
        questions.addLast(question);
        while (questions.size() > REMEMBERED_QUESTIONS) {
            questions.removeFirst();
        }
    }

    synchronized void forget(String chat) {
        chats.remove(chat);
    }
}
