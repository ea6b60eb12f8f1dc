package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;

/** The articles of a snapshot, newest first, each with its sentences in order. */
final class Coverage {

    /** An article and its sentences (the passages of the snapshot), in article order. */
    record Story(Article article, ArticleInfo info, List<Passage> sentences) {
        Quote quote(Passage passage) {
            return new Quote(passage.text(), info);
        }
    }

    /** Newest first; undated articles last, then by title, so every listing has one stable order. */
    static final Comparator<ArticleInfo> NEWEST_FIRST = Comparator
            .comparing(ArticleInfo::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ArticleInfo::title)
            .thenComparing(ArticleInfo::document);

    private Coverage() {
    }

    static List<Story> stories(Snapshot snapshot) {
        Map<String, List<Passage>> byDocument = new LinkedHashMap<>();
        for (Passage passage : snapshot.passages()) {
            byDocument.computeIfAbsent(passage.document(), d -> new ArrayList<>()).add(passage);
        }
        List<Story> stories = new ArrayList<>();
        for (Article article : snapshot.articles()) {
            stories.add(new Story(article, ArticleInfo.of(article),
                    List.copyOf(byDocument.getOrDefault(article.document(), List.of()))));
        }
        stories.sort(Comparator.comparing(Story::info, NEWEST_FIRST));
        return stories;
    }
}
