package org.newsdesk.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import java.util.Map;
import org.newsdesk.index.Passage;
import org.newsdesk.knowledge.ArticleMetadata;

/**
 * Passages as LangChain4j {@link Content}: the sentence as text, and in the metadata everything a
 * source needs, so a consumer of the chain (the LLM mode) can cite without reaching into the index.
 */
public final class PassageContent {

    public static final String PASSAGE = "passage";
    public static final String DOCUMENT = "document";
    public static final String TITLE = "title";
    public static final String PUBLISHER = "publisher";
    public static final String PUBLISHED = "published";

    private PassageContent() {
    }

    static Content of(Passage passage, double score) {
        ArticleMetadata article = passage.article().metadata();
        Metadata metadata = new Metadata()
                .put(PASSAGE, passage.index())
                .put(DOCUMENT, passage.document())
                .put(TITLE, article.title())
                .put(PUBLISHER, article.publisher())
                .put(PUBLISHED, article.published() == null ? "" : article.published().toString());
        return Content.from(TextSegment.from(passage.text(), metadata), Map.of(ContentMetadata.SCORE, score));
    }

    /** The snapshot position of the passage a content came from. */
    public static int passageIndex(Content content) {
        return content.textSegment().metadata().getInteger(PASSAGE);
    }
}
