package org.newsdesk.layout;

import java.util.List;
import org.newsdesk.facts.ArticleInfo;

/**
 * An article in a source list, named once.
 *
 * @param number its number in the list, from 1
 * @param quotes its sentences the reader has not seen above, each with the number the text cites it by;
 *               empty when the text above already quotes them
 */
public record SourceNote(int number, ArticleInfo article, List<Cited> quotes) {

    public SourceNote {
        quotes = List.copyOf(quotes);
    }

    public String mark() {
        return Cited.mark(number);
    }
}
