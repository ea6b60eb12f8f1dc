package org.newsdesk.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The feedback log in memory, saved as one JSON file by {@link FileStore}: answers nobody has rated yet
 * (oldest first) and rated answers (least recently rated first), each bounded on its own so a burst of
 * new answers never pushes out what readers flagged.
 */
final class FileFeedbackLog implements FeedbackLog {

    /** Most flagged first, then the latest rated. */
    static final Comparator<RatedAnswer> MOST_FLAGGED = Comparator.comparingLong(RatedAnswer::notHelpful).reversed()
            .thenComparing(RatedAnswer::lastRated, Comparator.reverseOrder());

    /**
     * An answer and what readers made of it.
     *
     * @param chat   the keyed hash of the chat it was given in
     * @param raters the keyed hashes of the readers who rated it
     */
    record Entry(AnswerRecord answer, String chat, long helpful, long notHelpful, Set<String> raters,
                 Instant lastRated) {

        Entry {
            raters = Set.copyOf(raters);
        }

        Entry rated(String rater, Rating rating, Instant at) {
            Set<String> all = Stream.concat(raters.stream(), Stream.of(rater)).collect(Collectors.toSet());
            return new Entry(answer, chat, helpful + (rating == Rating.HELPFUL ? 1 : 0),
                    notHelpful + (rating == Rating.NOT_HELPFUL ? 1 : 0), all,
                    lastRated == null || at.isAfter(lastRated) ? at : lastRated);
        }

        RatedAnswer view() {
            return new RatedAnswer(answer, helpful, notHelpful, lastRated);
        }
    }

    /** The saved form: the store's key, then the answers, each list least recently touched first. */
    record Saved(byte[] key, List<Entry> unrated, List<Entry> rated) {
    }

    private final FeedbackKeys keys;
    private final byte[] key;
    private final LinkedHashMap<String, Entry> unrated = new LinkedHashMap<>();
    private final LinkedHashMap<String, Entry> rated = new LinkedHashMap<>();
    private boolean changed;

    /** @param saved what an earlier run saved, or null for a new log with a new key (saved with its first answer) */
    FileFeedbackLog(Saved saved) {
        this.key = saved == null || saved.key() == null ? KeyedHash.newKey() : saved.key();
        this.keys = new FeedbackKeys(new KeyedHash(key));
        if (saved != null) {
            saved.unrated().forEach(entry -> put(unrated, entry, UNRATED_KEPT));
            saved.rated().forEach(entry -> put(rated, entry, RATED_KEPT));
        }
    }

    @Override
    public synchronized void remember(AnswerRecord answer, long chat) {
        put(unrated, new Entry(answer, keys.chat(answer.id(), chat), 0, 0, Set.of(), null), UNRATED_KEPT);
        changed = true;
    }

    @Override
    public synchronized Optional<AnswerRecord> answer(String id, long chat) {
        return entry(id, chat).map(Entry::answer);
    }

    @Override
    public synchronized Outcome rate(String id, long chat, long reader, Rating rating, Instant at) {
        Optional<Entry> found = entry(id, chat);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_ANSWER;
        }
        String rater = keys.reader(id, reader);
        if (found.get().raters().contains(rater)) {
            return Outcome.ALREADY_RATED;
        }
        unrated.remove(id);
        rated.remove(id);
        put(rated, found.get().rated(rater, rating, at), RATED_KEPT);
        changed = true;
        return Outcome.COUNTED;
    }

    @Override
    public synchronized List<RatedAnswer> flagged() {
        return rated.values().stream().filter(entry -> entry.notHelpful() > 0).map(Entry::view).sorted(MOST_FLAGGED)
                .toList();
    }

    /** What to save, or null when nothing changed since the last call. */
    synchronized Saved takeChanges() {
        if (!changed) {
            return null;
        }
        changed = false;
        return new Saved(key, List.copyOf(unrated.values()), List.copyOf(rated.values()));
    }

    synchronized void changedAgain() {
        changed = true;
    }

    private Optional<Entry> entry(String id, long chat) {
        Entry entry = rated.containsKey(id) ? rated.get(id) : unrated.get(id);
        return entry != null && entry.chat().equals(keys.chat(id, chat)) ? Optional.of(entry) : Optional.empty();
    }

    private static void put(LinkedHashMap<String, Entry> entries, Entry entry, int limit) {
        entries.put(entry.answer().id(), entry);
        if (entries.size() > limit) {
            Map.Entry<String, Entry> eldest = entries.entrySet().iterator().next();
            entries.remove(eldest.getKey());
        }
    }
}
