package org.newsdesk.llm;

import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Clock;
import org.newsdesk.desk.Desk;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.llm.grounding.GroundingCheck;
import org.newsdesk.observe.Observer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM mode for a desk: the answerer and the summarizer, built over one model connection and one
 * {@link ModelHealth}, so an outage is noticed, rested and logged once for both.
 */
public record LlmMode(LlmAnswerer answerer, LlmSummarizer summarizer) {

    private static final Logger LOG = LoggerFactory.getLogger(LlmMode.class);

    /**
     * @param observer hears how each question that went to the model ended
     * @param memory   where conversations are kept
     */
    public static LlmMode connect(Desk desk, LlmSettings settings, Observer observer, ChatMemoryStore memory) {
        ChatModels models = ChatModels.connect(settings);
        ModelHealth health = new ModelHealth(settings.cooldown(), Clock.systemUTC(), settings.apiKey());
        Conversations conversations = new Conversations(new ConversationStore(memory));
        RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
                .queryTransformer(new FollowUpRewriter(models.chat(), desk::prompts))
                .queryRouter(desk.retrieval().router())
                .contentAggregator(new RelevanceGate(desk.extractive(), new PassageSelection()))
                .contentInjector(new NumberedPassages(desk::prompts))
                // retrieval takes milliseconds: a thread hop would cost more than it saves
                .executor(Runnable::run)
                .build();
        NewsAssistant assistant = AiServices.builder(NewsAssistant.class)
                .chatModel(models.chat())
                .streamingChatModel(models.streaming())
                .systemMessageProvider(memoryId -> desk.prompts().text("llm/rules"))
                .chatMemoryProvider(conversations)
                .storeRetrievedContentInChatMemory(false)
                .retrievalAugmentor(augmentor)
                .build();
        OneShotAssistant oneShot = AiServices.builder(OneShotAssistant.class)
                .chatModel(models.chat())
                .systemMessageProvider(memoryId -> desk.prompts().text("llm/rules"))
                .build();
        // the second opinion is a request of its own, with no answering rules around it
        SecondOpinion secondOpinion = settings.verify()
                ? new SecondOpinion(desk::prompts, AiServices.builder(OneShotAssistant.class).chatModel(models.chat()).build())
                : null;
        Vetting vetting = new Vetting(oneShot, secondOpinion);
        BasicThreadFactory.builder().namingPattern("grounding-models-%d").daemon().build()
                .newThread(GroundingCheck::prepare).start();
        LOG.info("Answering with the {} model {} at {}{}", settings.provider().label(), settings.model(),
                settings.baseUrl(), settings.verify() ? ", with its second opinion on every answer" : "");
        return new LlmMode(
                new LlmAnswerer(desk.extractive(), desk::prompts, desk::messages, assistant, vetting, conversations,
                        health, settings.timeout(), observer),
                new LlmSummarizer(desk.extractiveSummarizer(), desk::prompts, desk::messages, oneShot, vetting, health));
    }
}
