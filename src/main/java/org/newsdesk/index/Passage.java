package org.newsdesk.index;

import java.util.List;
import org.newsdesk.knowledge.Article;

/**
 * One sentence of an article, the unit that is retrieved and quoted.
 *
 * @param index    position in the snapshot, also the row of its embedding
 * @param article  the article it belongs to
 * @param ordinal  position of the sentence in the article, from 0
 * @param start    offset of the sentence in the article body
 * @param end      offset just after it
 * @param contexts texts embedded beside the sentence to give it the article context it needs; empty
 *                 when the sentence names its subject (see {@link PassageContext})
 * @param clauses  the pieces of a long sentence, embedded on their own for the answer model ({@link Clauses});
 *                 empty for a short one
 */
public record Passage(int index, Article article, int ordinal, int start, int end, List<String> contexts,
                      List<String> clauses) {

    public Passage {
        contexts = List.copyOf(contexts);
        clauses = List.copyOf(clauses);
    }

    /** The sentence exactly as written in the article. */
    public String text() {
        return article.body().substring(start, end);
    }

    public String document() {
        return article.document();
    }
}
