package org.newsdesk.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.Quote;

/** Source lists in which each article is named once, with its sentences under it. */
final class SourceNotes {

    private SourceNotes() {
    }

    /** Each article once, numbered in order of first citation and without sentences: their text is above. */
    static List<SourceNote> named(List<ArticleInfo> articles) {
        List<SourceNote> notes = new ArrayList<>();
        for (ArticleInfo article : articles) {
            notes.add(new SourceNote(notes.size() + 1, article, List.of()));
        }
        return notes;
    }

    /**
     * Each article once, in order of first citation, with its sentences numbered by their place in
     * {@code quotes} (from 1, as a model's answer cites them); sentences {@code shown} already are left out.
     */
    static List<SourceNote> grouped(List<Quote> quotes, Predicate<String> shown) {
        Map<String, ArticleInfo> articles = new LinkedHashMap<>();
        Map<String, List<Cited>> sentences = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String document = quote.article().document();
            articles.putIfAbsent(document, quote.article());
            List<Cited> cited = sentences.computeIfAbsent(document, key -> new ArrayList<>());
            if (!quote.text().isBlank() && !shown.test(quote.text())) {
                cited.add(new Cited(quote.text(), i + 1));
            }
        }
        List<SourceNote> notes = new ArrayList<>();
        articles.forEach((document, article) -> notes.add(new SourceNote(notes.size() + 1, article,
                sentences.get(document))));
        return notes;
    }

    /** The notes numbered afresh from 1, in their order. */
    static List<SourceNote> renumbered(List<SourceNote> notes) {
        List<SourceNote> numbered = new ArrayList<>();
        for (SourceNote note : notes) {
            numbered.add(new SourceNote(numbered.size() + 1, note.article(), note.quotes()));
        }
        return numbered;
    }
}
