package org.newsdesk.index;

import org.newsdesk.knowledge.Article;

/**
 * One sentence of an article, the unit that is retrieved and quoted.
 *
 * @param index    position in the snapshot, also the row of its embedding
 * @param article  the article it belongs to
 * @param ordinal  position of the sentence in the article, from 0
 * @param start    offset of the sentence in the article body
 * @param end      offset just after it
 * @param embedded what was embedded: the sentence with the article context it needs (a sentence such
 *                 as "The 55-year-old said..." never names whom it is about; the title does)
 */
public record Passage(int index, Article article, int ordinal, int start, int end, String embedded) {

    /** The sentence exactly as written in the article. */
    public String text() {
        return article.body().substring(start, end);
    }

    public String document() {
        return article.document();
    }
}
