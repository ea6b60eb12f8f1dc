package org.newsdesk.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.answer.Source;
import org.newsdesk.llm.grounding.Citations;
import org.newsdesk.retrieval.PassageContent;

/** The sources of a model's answer: the passages it cites, in the order it first cites them. */
final class SourceList {

    private SourceList() {
    }

    static List<Source> of(Draft draft) {
        List<Source> sources = new ArrayList<>();
        for (int number : Citations.in(draft.text())) {
            if (number >= 1 && number <= draft.passages().size()) {
                sources.add(source(draft.passages().get(number - 1)));
            }
        }
        return sources;
    }

    private static Source source(Content content) {
        Metadata metadata = content.textSegment().metadata();
        String published = metadata.getString(PassageContent.PUBLISHED);
        Object score = content.metadata().get(ContentMetadata.SCORE);
        return new Source(metadata.getString(PassageContent.DOCUMENT), metadata.getString(PassageContent.TITLE),
                metadata.getString(PassageContent.PUBLISHER),
                published == null || published.isEmpty() ? null : LocalDate.parse(published),
                content.textSegment().text(), score instanceof Number number ? number.doubleValue() : 0);
    }
}
