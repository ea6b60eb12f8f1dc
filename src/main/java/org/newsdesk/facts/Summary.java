package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;

/**
 * The coverage in a few quoted sentences, one {@link Events event} after another, most-reported events
 * first: the lead sentence of each event's newest report; when there are fewer events than a reader takes
 * in at a glance, also the sentences of that report that share most with its headline, in the order the
 * report tells them. Only the reporting is quoted (never a headline, byline, dateline or sign-off), each
 * sentence verbatim with its article.
 */
public final class Summary {

    /** About what a reader takes in at a glance in a chat. */
    static final int TARGET_SENTENCES = 6;
    static final int MAX_PER_EVENT = 3;
    /** Events past this many are left out: their leads alone would fill a screen. */
    static final int MAX_EVENTS = 8;
    /** Shorter sentences ("She added.") rarely carry the story. */
    static final int MIN_LENGTH = 40;

    private Summary() {
    }

    public static List<Quote> of(Snapshot snapshot) {
        return of(snapshot, Events.of(snapshot));
    }

    /** The summary of one event: the one the article reports, told by its newest report. */
    public static List<Quote> about(Snapshot snapshot, Article article) {
        return of(snapshot, Events.of(snapshot).stream()
                .filter(event -> event.reports().stream().anyMatch(report -> report.article() == article)).toList());
    }

    private static List<Quote> of(Snapshot snapshot, List<Events.Event> all) {
        List<Events.Event> events = all.stream()
                .filter(event -> !event.newest().sentences().isEmpty()).limit(MAX_EVENTS).toList();
        if (events.isEmpty()) {
            return List.of();
        }
        int perEvent = Math.max(1, Math.min(MAX_PER_EVENT, TARGET_SENTENCES / events.size()));
        List<Quote> quotes = new ArrayList<>();
        for (Events.Event event : events) {
            Coverage.Story report = event.newest();
            chosen(report, perEvent, snapshot.lexical()).forEach(passage -> quotes.add(report.quote(passage)));
        }
        return List.copyOf(quotes);
    }

    private static List<Passage> chosen(Coverage.Story story, int count, LexicalIndex lexical) {
        List<Passage> sentences = story.sentences();
        Set<String> headline = lexical.terms(story.article().title());
        List<Passage> rest = new ArrayList<>(sentences.subList(1, sentences.size()));
        rest.removeIf(passage -> passage.text().length() < MIN_LENGTH);
        rest.sort(Comparator.comparingDouble((Passage passage) -> -shared(headline, passage, lexical))
                .thenComparingInt(Passage::ordinal));
        List<Passage> chosen = new ArrayList<>();
        chosen.add(sentences.get(0));
        chosen.addAll(rest.subList(0, Math.min(count - 1, rest.size())));
        chosen.sort(Comparator.comparingInt(Passage::ordinal));
        return chosen;
    }

    /** How much of the headline a sentence repeats, weighting rare words more. */
    private static double shared(Set<String> headline, Passage passage, LexicalIndex lexical) {
        return lexical.terms(passage.text()).stream().filter(headline::contains).mapToDouble(lexical::idf).sum();
    }
}
