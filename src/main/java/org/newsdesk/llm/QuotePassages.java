package org.newsdesk.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import java.util.List;
import org.newsdesk.facts.Quote;
import org.newsdesk.retrieval.PassageContent;

/**
 * Quoted sentences as passages for the model, with the same metadata retrieved passages carry, so they
 * are listed, checked and cited exactly as an answer's passages are.
 */
final class QuotePassages {

    private QuotePassages() {
    }

    static List<Content> of(List<Quote> quotes) {
        return quotes.stream().map(QuotePassages::content).toList();
    }

    private static Content content(Quote quote) {
        Metadata metadata = new Metadata()
                .put(PassageContent.DOCUMENT, quote.article().document())
                .put(PassageContent.TITLE, quote.article().title())
                .put(PassageContent.PUBLISHER, quote.article().publisher())
                .put(PassageContent.PUBLISHED, quote.article().published() == null ? ""
                        : quote.article().published().toString());
        return Content.from(TextSegment.from(quote.text(), metadata));
    }
}
