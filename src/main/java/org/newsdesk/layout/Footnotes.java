package org.newsdesk.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Source;
import org.newsdesk.facts.ArticleInfo;

/** Articles numbered once each, in the order they are first cited: what a mark such as [2] refers to. */
final class Footnotes {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<ArticleInfo> articles = new ArrayList<>();

    /** The article's number, given it at its first citation. */
    int cite(ArticleInfo article) {
        return numbers.computeIfAbsent(article.document(), document -> {
            articles.add(article);
            return articles.size();
        });
    }

    /** The articles cited so far, the first cited first (number 1). */
    List<ArticleInfo> articles() {
        return List.copyOf(articles);
    }

    static ArticleInfo articleOf(Source source) {
        return new ArticleInfo(source.document(), source.title(), source.publisher(), source.published());
    }
}
