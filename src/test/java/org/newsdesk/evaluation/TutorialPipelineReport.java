package org.newsdesk.evaluation;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.Source;
import org.newsdesk.bench.OneSegmentPerSentence;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.KnowledgeFolder;
import org.newsdesk.prompts.Messages;

/**
 * The dev corpus through the pipeline LangChain4j's tutorials build, for QUALITY.md to show beside
 * Newsdesk's figures: the files loaded with {@code FileSystemDocumentLoader}, one segment per sentence,
 * all-MiniLM-L6-v2 in process, an {@code InMemoryEmbeddingStore}, and an
 * {@code EmbeddingStoreContentRetriever} with the top two segments scoring at least 0.65 as the answer;
 * none, and it declines with Newsdesk's own "not found" words. It keeps no conversation, so a follow-up
 * is retrieved alone. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> org.newsdesk.evaluation.TutorialPipelineReport [misses] [roundN]}
 * ({@code roundN}: a blind folder of the dev corpus, both its halves).
 */
public final class TutorialPipelineReport {

    private static final int TOP = 2;
    private static final double MIN_SCORE = 0.65;

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        // "round14": a blind folder of the dev corpus (its articles and both halves) instead of the main one
        Path blind = options.stream().filter(option -> option.matches("round\\d+")).findFirst()
                .map(DevCorpus.ROOT::resolve).orElse(null);
        Path articles = blind == null ? DevCorpus.ARTICLES : blind.resolve("articles");
        List<Path> halves = blind == null ? DevCorpus.HALVES
                : List.of(blind.resolve("questions-tuning.jsonl"), blind.resolve("questions-heldout.jsonl"));
        Map<String, String> texts = new KnowledgeFolder(articles).scan().articles().stream()
                .collect(Collectors.toMap(Article::document, Article::body));
        String notFound = Messages.from(Path.of("prompts")).text(Messages.REFERENCE, "answer.not-found");
        Answerer tutorial = new TutorialAnswerer(retriever(articles), notFound);
        for (Path half : halves) {
            EvalReport report = new EvalReport(new Evaluation(tutorial, new Judge(texts))
                    .run(QuestionFile.read(half), (done, total, what) -> { }));
            System.out.println("## " + half.getFileName());
            report.table().forEach(System.out::println);
            if (options.contains("misses")) {
                report.missLines().forEach(System.out::println);
            }
            System.out.println();
        }
        System.exit(0);
    }

    private static ContentRetriever retriever(Path folder) {
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<Document> documents = FileSystemDocumentLoader.loadDocuments(folder);
        EmbeddingStoreIngestor.builder().documentSplitter(new OneSegmentPerSentence()).embeddingModel(model)
                .embeddingStore(store).build().ingest(documents);
        return EmbeddingStoreContentRetriever.builder().embeddingStore(store).embeddingModel(model)
                .maxResults(TOP).minScore(MIN_SCORE).build();
    }

    /** The top segments as the answer, each a source quoting its file. */
    private record TutorialAnswerer(ContentRetriever retriever, String notFound) implements Answerer {
        @Override
        public Answer answer(Question question) {
            List<TextSegment> segments = retriever.retrieve(Query.from(question.text())).stream()
                    .map(Content::textSegment).toList();
            if (segments.isEmpty()) {
                return new Answer(question.text(), notFound, false, List.of(), Mode.EXTRACTIVE, "", 0);
            }
            List<Source> sources = segments.stream().map(segment -> new Source(
                    segment.metadata().getString(Document.FILE_NAME), "", "", null, segment.text(), 0)).toList();
            String text = segments.stream().map(TextSegment::text).collect(Collectors.joining(" "));
            return new Answer(question.text(), text, true, sources, Mode.EXTRACTIVE, "", 0);
        }
    }
}
