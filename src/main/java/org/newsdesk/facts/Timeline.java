package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;

/**
 * Dated events across the articles, earliest first: every sentence of an article's reporting (never its
 * headline, byline, dateline or sign-off) that names a date, placed at the most specific date it names,
 * and each article's lead sentence at its publication date.
 */
public final class Timeline {

    /**
     * Enough for a reader to follow; more would be a wall of text in a chat. Past it the earliest
     * events (background years, most often) give way to the latest.
     */
    static final int MAX_EVENTS = 40;

    private static final Comparator<TimelineEvent> CHRONOLOGICAL = Comparator
            .comparing(TimelineEvent::date)
            .thenComparing(TimelineEvent::precision, Comparator.reverseOrder());

    private Timeline() {
    }

    public static List<TimelineEvent> of(Snapshot snapshot) {
        return of(snapshot, story -> true);
    }

    /** The dated events of one story: the reports of the event that {@code report} tells, earliest first. */
    public static List<TimelineEvent> about(Snapshot snapshot, Article report) {
        Set<Article> event = Events.sameEventAs(report, snapshot.articles(), snapshot);
        return of(snapshot, story -> event.contains(story.article()));
    }

    private static List<TimelineEvent> of(Snapshot snapshot, Predicate<Coverage.Story> told) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Coverage.Story story : Coverage.stories(snapshot)) {
            if (!told.test(story)) {
                continue;
            }
            for (Passage sentence : story.sentences()) {
                event(story, sentence).ifPresent(events::add);
            }
        }
        // stable sort: events on the same date keep the order of their articles and sentences
        events.sort(CHRONOLOGICAL);
        return List.copyOf(events.subList(Math.max(0, events.size() - MAX_EVENTS), events.size()));
    }

    private static Optional<TimelineEvent> event(Coverage.Story story, Passage sentence) {
        var published = story.info().published();
        Optional<DateMentions.Mention> mention = DateMentions.first(sentence.text(), published);
        if (mention.isPresent()) {
            return Optional.of(new TimelineEvent(mention.get().date(), mention.get().precision(), story.quote(sentence)));
        }
        if (sentence.ordinal() == 0 && published != null) {
            return Optional.of(new TimelineEvent(published, TimelineEvent.Precision.DAY, story.quote(sentence)));
        }
        return Optional.empty();
    }
}
