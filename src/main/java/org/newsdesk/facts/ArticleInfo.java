package org.newsdesk.facts;

import java.time.LocalDate;
import org.newsdesk.knowledge.Article;

/**
 * An article as a reader sees it in a source list.
 *
 * @param published publication date, or null when the article gives none
 */
public record ArticleInfo(String document, String title, String publisher, LocalDate published) {

    static ArticleInfo of(Article article) {
        return new ArticleInfo(article.document(), article.title(), article.metadata().publisher(),
                article.metadata().published());
    }
}
