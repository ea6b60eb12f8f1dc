package org.newsdesk.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pipeline LangChain4j's tutorials build, as the yardstick for Newsdesk's answers: the files
 * loaded with {@code FileSystemDocumentLoader}, one segment per sentence (LangChain4j's own sentence
 * detector), all-MiniLM-L6-v2 in process, an {@code InMemoryEmbeddingStore}, and an
 * {@code EmbeddingStoreContentRetriever} returning the top two segments as the answer.
 */
record ReferencePipeline(ContentRetriever retriever, int segments) {

    static final int TOP = 2;

    /** Ingests every file of the folder: the slow part, a model call per sentence. */
    static ReferencePipeline ingest(Path folder) {
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<Document> documents = FileSystemDocumentLoader.loadDocuments(folder);
        OneSegmentPerSentence oneSegmentPerSentence = new OneSegmentPerSentence();
        int segments = documents.stream().mapToInt(document -> oneSegmentPerSentence.split(document).size()).sum();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(oneSegmentPerSentence)
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(TOP)
                .build();
        return new ReferencePipeline(retriever, segments);
    }

    /** The answer: the text of the top segments, joined. */
    String answer(String question) {
        return retriever.retrieve(Query.from(question)).stream().map(Content::textSegment).map(TextSegment::text)
                .collect(Collectors.joining(" "));
    }
}
