package org.newsdesk.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;

/**
 * The articles grouped by the event they report: two reports cover one event when they were filed within days
 * of each other and their lead sentences say nearly the same thing or they share enough rare words; reports linked through a third
 * are one event too. Most-reported events first, then the one with the newest report.
 */
public final class Events {

    /** Reports of one event follow each other within days; a similar story weeks later is a new event. */
    static final int SAME_EVENT_DAYS = 14;

    /** One event and its reports, newest first. */
    record Event(List<Coverage.Story> reports) {
        Event {
            reports = List.copyOf(reports);
        }

        Coverage.Story newest() {
            return reports.get(0);
        }
    }

    private static final Comparator<Event> MOST_REPORTED_FIRST = Comparator
            .comparingInt((Event event) -> -event.reports().size())
            .thenComparing(event -> event.newest().info(), Coverage.NEWEST_FIRST);

    private Events() {
    }

    static List<Event> of(Snapshot snapshot) {
        List<Coverage.Story> stories = Coverage.stories(snapshot);
        int[] group = new int[stories.size()];
        for (int i = 0; i < stories.size(); i++) {
            group[i] = i;
        }
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                if (sameEvent(stories.get(i).article(), stories.get(j).article(), snapshot)) {
                    group[root(group, j)] = root(group, i);
                }
            }
        }
        Map<Integer, List<Coverage.Story>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            byGroup.computeIfAbsent(root(group, i), g -> new ArrayList<>()).add(stories.get(i));
        }
        List<Event> events = new ArrayList<>(byGroup.values().stream().map(Event::new).toList());
        events.sort(MOST_REPORTED_FIRST);
        return List.copyOf(events);
    }

    /**
     * Of the given reports, those of the event {@code report} tells (itself first): linked to it directly or
     * through one another, as the events of the whole folder are. "The latest report" of a question that
     * names no story is the newest of these, not the newest of the folder.
     */
    public static Set<Article> sameEventAs(Article report, Collection<Article> among, Snapshot snapshot) {
        Set<Article> event = new LinkedHashSet<>(List.of(report));
        List<Article> unlinked = new ArrayList<>(among);
        unlinked.remove(report);
        List<Article> linked;
        do {
            linked = unlinked.stream()
                    .filter(other -> event.stream().anyMatch(known -> sameEvent(known, other, snapshot))).toList();
            event.addAll(linked);
            unlinked.removeAll(linked);
        } while (!linked.isEmpty());
        return event;
    }

    /**
     * Whether two reports filed within days of each other tell one event: their leads say nearly the same thing,
     * or they share enough of their rarer words ({@link SharedWords}) where their leads differ (a live page's
     * greeting beside an agency's lead).
     */
    private static boolean sameEvent(Article one, Article other, Snapshot snapshot) {
        List<Passage> oneSentences = snapshot.passagesOf(one);
        List<Passage> otherSentences = snapshot.passagesOf(other);
        if (oneSentences.isEmpty() || otherSentences.isEmpty()) {
            return false;
        }
        LocalDate first = one.metadata().published();
        LocalDate second = other.metadata().published();
        if (first != null && second != null && Math.abs(ChronoUnit.DAYS.between(first, second)) > SAME_EVENT_DAYS) {
            return false;
        }
        boolean leadsAlike = snapshot.similarityBetween(oneSentences.get(0).index(), otherSentences.get(0).index())
                >= snapshot.scale().sameEvent();
        // a report with no date could be of any day: both signs, not one, tie it to another (an undated page's first
        // line, "Page last reviewed: …", reads much like any short line)
        if (first == null || second == null) {
            return leadsAlike && sharesWords(one, other, snapshot);
        }
        return leadsAlike || sharesWords(one, other, snapshot);
    }

    /** Whether two reports share enough of their rarer words to tell one event; counted only where it decides. */
    private static boolean sharesWords(Article one, Article other, Snapshot snapshot) {
        return SharedWords.between(one, other, snapshot.lexical()) >= SharedWords.SAME_EVENT;
    }

    private static int root(int[] group, int i) {
        int at = i;
        while (group[at] != at) {
            at = group[at];
        }
        return at;
    }
}
