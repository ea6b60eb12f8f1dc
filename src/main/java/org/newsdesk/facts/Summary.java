package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;

/**
 * The coverage in a few quoted sentences: for each article, newest first, its lead sentence and the
 * sentences that share most with its headline, in the order the article tells them.
 */
public final class Summary {

    /** About what a reader takes in at a glance in a chat. */
    static final int TARGET_SENTENCES = 6;
    static final int MAX_PER_ARTICLE = 3;
    static final int MAX_ARTICLES = 8;
    /** Shorter sentences ("She added.") rarely carry the story. */
    static final int MIN_LENGTH = 40;

    private Summary() {
    }

    public static List<Quote> of(Snapshot snapshot) {
        List<Coverage.Story> stories = Coverage.stories(snapshot);
        if (stories.isEmpty()) {
            return List.of();
        }
        int perArticle = Math.max(1, Math.min(MAX_PER_ARTICLE, TARGET_SENTENCES / stories.size()));
        List<Quote> quotes = new ArrayList<>();
        for (Coverage.Story story : stories.subList(0, Math.min(MAX_ARTICLES, stories.size()))) {
            chosen(story, perArticle, snapshot.lexical()).forEach(passage -> quotes.add(story.quote(passage)));
        }
        return List.copyOf(quotes);
    }

    private static List<Passage> chosen(Coverage.Story story, int count, LexicalIndex lexical) {
        List<Passage> sentences = story.sentences();
        if (sentences.isEmpty()) {
            return List.of();
        }
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
