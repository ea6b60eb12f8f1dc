package org.newsdesk.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unanswered questions in memory, in the order they were last asked; saved as a JSON list by {@link FileStore}. */
final class FileUnansweredLog implements UnansweredLog {

    /** Most asked first, then the latest asked. */
    static final Comparator<UnansweredQuestion> MOST_ASKED = Comparator.comparingLong(UnansweredQuestion::count)
            .reversed().thenComparing(UnansweredQuestion::lastAsked, Comparator.reverseOrder());

    private final int limit;
    /** Keyed by the question compared loosely; iteration order: least recently asked first. */
    private final LinkedHashMap<String, UnansweredQuestion> questions = new LinkedHashMap<>();
    private boolean changed;

    FileUnansweredLog(int limit, List<UnansweredQuestion> saved) {
        this.limit = limit;
        saved.stream().sorted(Comparator.comparing(UnansweredQuestion::lastAsked)).forEach(this::put);
    }

    @Override
    public synchronized void record(String question, Instant asked) {
        String text = question.strip();
        if (text.isEmpty()) {
            return;
        }
        String key = UnansweredQuestion.key(text);
        UnansweredQuestion known = questions.remove(key);
        put(known == null ? new UnansweredQuestion(text, 1, asked, asked) : known.askedAgain(asked));
        changed = true;
    }

    @Override
    public synchronized List<UnansweredQuestion> mostAsked() {
        return questions.values().stream().sorted(MOST_ASKED).toList();
    }

    /** What to save, or null when nothing changed since the last call. */
    synchronized List<UnansweredQuestion> takeChanges() {
        if (!changed) {
            return null;
        }
        changed = false;
        return List.copyOf(questions.values());
    }

    synchronized void changedAgain() {
        changed = true;
    }

    private void put(UnansweredQuestion question) {
        questions.put(UnansweredQuestion.key(question.question()), question);
        if (questions.size() > limit) {
            Map.Entry<String, UnansweredQuestion> leastRecent = questions.entrySet().iterator().next();
            questions.remove(leastRecent.getKey());
        }
    }
}
