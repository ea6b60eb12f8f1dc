package org.newsdesk.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-up context in this process's memory (the single-process default: a restart forgets it). Chats
 * unheard from the longest are forgotten first once many are remembered.
 */
public final class MemoryFollowUps implements FollowUps {

    static final int MAX_CHATS = 10_000;

    private final Map<String, Deque<String>> chats = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    @Override
    public synchronized List<String> earlier(String chat) {
        Deque<String> questions = chats.get(chat);
        return questions == null ? List.of() : List.copyOf(questions);
    }

    @Override
    public synchronized void remember(String chat, String question) {
        Deque<String> questions = chats.computeIfAbsent(chat, c -> new ArrayDeque<>());
        questions.addLast(question);
        while (questions.size() > REMEMBERED_QUESTIONS) {
            questions.removeFirst();
        }
    }

    @Override
    public synchronized void forget(String chat) {
        chats.remove(chat);
    }
}
