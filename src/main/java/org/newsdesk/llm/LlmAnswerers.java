package org.newsdesk.llm;

import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.service.AiServices;
import java.time.Clock;
import org.newsdesk.Desk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the LLM answerer for a desk: the models, the retrieval chain, the AI services and the memory. */
public final class LlmAnswerers {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerers.class);

    private LlmAnswerers() {
    }

    public static LlmAnswerer create(Desk desk, LlmSettings settings) {
        ChatModels models = ChatModels.connect(settings);
        Conversations conversations = new Conversations(
                new ConversationStore(desk.dataFolder().resolve("conversations")));
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
        Repairer repairer = AiServices.builder(Repairer.class)
                .chatModel(models.chat())
                .systemMessageProvider(memoryId -> desk.prompts().text("llm/rules"))
                .build();
        LOG.info("Answering with the {} model {} at {}", settings.provider().label(), settings.model(),
                settings.baseUrl());
        return new LlmAnswerer(desk.extractive(), desk::prompts, assistant, repairer, conversations,
                new ModelHealth(settings.cooldown(), Clock.systemUTC(), settings.apiKey()), settings.timeout());
    }
}
