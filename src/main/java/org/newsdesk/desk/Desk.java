package org.newsdesk.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.EnglishOnly;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.FurtherReading;
import org.newsdesk.facts.ArticleFacts;
import org.newsdesk.facts.ArticleInfo;
import org.newsdesk.facts.QuickFacts;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.Sources;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.facts.Summary;
import org.newsdesk.facts.Timeline;
import org.newsdesk.facts.TimelineEvent;
import org.newsdesk.index.Embedder;
import org.newsdesk.index.EmbeddingCache;
import org.newsdesk.index.Indexer;
import org.newsdesk.index.KnowledgeBase;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.KnowledgeFolder;
import org.newsdesk.observe.Observer;
import org.newsdesk.prompts.Messages;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.retrieval.PassageContent;
import org.newsdesk.retrieval.QueryEmbeddings;
import org.newsdesk.retrieval.Retrieval;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * The answering core as its adapters see it: the knowledge (reloadable), the templates, the extractive
 * answerer and summarizer.
 * Built once by the command line (cli); adapters get this and nothing below it.
 */
public final class Desk {

    private final KnowledgeBase knowledge;
    private final Retrieval retrieval;
    private final AtomicReference<Prompts> prompts;
    private final AtomicReference<Messages> messages;
    private final ExtractiveAnswerer extractive;
    private final Path dataFolder;
    private final Observer observer;
    /** Drawn facts cost a tagger pass over the articles (tens of milliseconds each): worked out once per snapshot. */
    private final AtomicReference<FactsOf> quickFacts = new AtomicReference<>();

    private record FactsOf(Snapshot snapshot, List<ArticleFacts> facts) {
    }

    private Desk(KnowledgeBase knowledge, Prompts prompts, Messages messages, Path dataFolder, Observer observer) {
        this.knowledge = knowledge;
        this.dataFolder = dataFolder;
        this.observer = observer;
        this.prompts = new AtomicReference<>(prompts);
        this.messages = new AtomicReference<>(messages);
        Indexer indexer = knowledge.indexer();
        this.retrieval = new Retrieval(knowledge::current, new QueryEmbeddings(indexer::embedQuery));
        this.extractive = new ExtractiveAnswerer(retrieval, this.messages::get, indexer.embeddingModel());
    }

    /** A desk over the given folders; nothing is read until {@link #reload}. */
    public static Desk open(Path knowledgeFolder, Path promptsFolder, Path dataFolder, Embedder embedder) {
        return open(knowledgeFolder, promptsFolder, dataFolder, embedder, Observer.NONE);
    }

    /** A desk that tells {@code observer} of every reload. */
    public static Desk open(Path knowledgeFolder, Path promptsFolder, Path dataFolder, Embedder embedder,
                            Observer observer) {
        Indexer indexer = new Indexer(embedder, new EmbeddingCache(dataFolder.resolve("embeddings")));
        return new Desk(new KnowledgeBase(new KnowledgeFolder(knowledgeFolder), indexer, dataFolder),
                Prompts.from(promptsFolder), Messages.from(promptsFolder), dataFolder, observer);
    }

    /** Reads the texts, the templates and the knowledge folder afresh; the current knowledge stays if nothing loads. */
    public ReloadReport reload(Progress progress) {
        prompts.updateAndGet(Prompts::reloaded);
        messages.updateAndGet(Messages::reloaded);
        ReloadReport report = knowledge.reload(progress);
        observer.reloaded(report.applied(), report.articles(), report.failed().size());
        return report;
    }

    /** The extractive answerer, for any question: what a model's answer is checked against and falls back to. */
    public Answerer extractive() {
        return extractive;
    }

    /** The next best sentences of a cited article, and the other reports on a question, for the buttons under an answer. */
    public FurtherReading furtherReading() {
        return new FurtherReading(extractive, retrieval);
    }

    /** What answers readers when no model is configured: the extractive answerer, for questions in English. */
    public Answerer offline() {
        return new EnglishOnly(extractive, messages::get);
    }

    /** The summary in the articles' own sentences, {@link #summary()}, as a summarizer. */
    public Summarizer extractiveSummarizer() {
        return reader -> CoverageSummary.quoted(summary());
    }

    public Retrieval retrieval() {
        return retrieval;
    }

    /** The templates for a language model. */
    public Prompts prompts() {
        return prompts.get();
    }

    /** The texts readers and administrators see, in their languages. */
    public Messages messages() {
        return messages.get();
    }

    /** Where state that outlives the process is kept (the index cache, conversation memory). */
    public Path dataFolder() {
        return dataFolder;
    }

    public Snapshot snapshot() {
        return knowledge.current();
    }

    /** Quick facts of every article: curated ones, or facts drawn from the text. */
    public List<ArticleFacts> quickFacts() {
        Snapshot current = snapshot();
        FactsOf known = quickFacts.get();
        if (known != null && known.snapshot() == current) {
            return known.facts();
        }
        List<ArticleFacts> facts = QuickFacts.of(current);
        quickFacts.set(new FactsOf(current, facts));
        return facts;
    }

    /** The coverage in a few quoted sentences, each with its source. */
    public List<Quote> summary() {
        return Summary.of(snapshot());
    }

    /**
     * The summary of the event a topic names ("the derailment", "the Kesteren story"): the event of the
     * article that best matches the topic, as retrieval ranks it; empty when no article mentions any of
     * the topic's words, so a topic the coverage lacks gets no unrelated summary.
     */
    public List<Quote> summaryAbout(String topic) {
        return aboutStory(topic, Summary::about);
    }

    /** The dated events of the story a topic names ("the Kallo fire"), found as {@link #summaryAbout} finds it. */
    public List<TimelineEvent> timelineAbout(String topic) {
        return aboutStory(topic, Timeline::about);
    }

    private <T> List<T> aboutStory(String topic, BiFunction<Snapshot, Article, List<T>> told) {
        // the chain's own snapshot: the passage indexes it returns are that snapshot's, even during a reload
        RetrievalChain chain = retrieval.chain();
        Snapshot current = chain.snapshot();
        Set<String> words = current.lexical().terms(topic);
        return chain.retrieve(topic).stream()
                .map(content -> current.passage(PassageContent.passageIndex(content)).article())
                .filter(article -> current.lexical().articleTerms(article.document()).stream().anyMatch(words::contains))
                .findFirst().map(article -> told.apply(current, article)).orElse(List.of());
    }

    /** Dated events across the articles, earliest first. */
    public List<TimelineEvent> timeline() {
        return Timeline.of(snapshot());
    }

    /** The articles loaded, newest first. */
    public List<ArticleInfo> sources() {
        return Sources.of(snapshot());
    }
}
