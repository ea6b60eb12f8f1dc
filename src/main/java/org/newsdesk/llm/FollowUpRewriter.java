package org.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.newsdesk.language.Language;
import org.newsdesk.language.LanguageDetector;
import org.newsdesk.prompts.Prompts;

/**
 * Turns a follow-up ("how many of them went back?") or a question in another language than the
 * articles into a standalone English search query, with LangChain4j's {@link CompressingQueryTransformer}
 * and the {@code llm/follow-up} template. Retrieval then runs on both the question as asked and the
 * rewrite, so a poor rewrite can only add passages, never lose the ones the question finds itself.
 * A first question in English costs no model call; one in another language (the articles are in
 * English) is translated even without history.
 */
final class FollowUpRewriter implements QueryTransformer {

    /** A rewrite longer than this many times the question is an answer, not a query. */
    private static final int MAX_GROWTH = 4;
    private static final int MIN_ALLOWED_LENGTH = 200;

    private final ChatModel model;
    private final Supplier<Prompts> prompts;

    FollowUpRewriter(ChatModel model, Supplier<Prompts> prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    @Override
    public Collection<Query> transform(Query query) {
        List<ChatMessage> history = query.metadata().chatMemory() == null ? List.of() : query.metadata().chatMemory();
        boolean followUp = history.stream().anyMatch(UserMessage.class::isInstance);
        if (!followUp && LanguageDetector.of(query.text()) == Language.ENGLISH) {
            return List.of(query);
        }
        Rewriting rewriting = new Rewriting(model, PromptTemplate.from(prompts.get().text("llm/follow-up")));
        String rewritten = tidy(rewriting.rewrite(query, history));
        if (!usable(rewritten, query.text())) {
            return List.of(query);
        }
        return List.of(query, Query.from(rewritten, query.metadata()));
    }

    private static String tidy(String rewritten) {
        String firstLine = rewritten == null ? "" : rewritten.strip().split("\\R", 2)[0];
        return firstLine.replaceAll("^(?i)(search )?query:\\s*", "").replaceAll("^[\"“«']+|[\"”»']+$", "").strip();
    }

    private static boolean usable(String rewritten, String question) {
        return !rewritten.isBlank() && !rewritten.equalsIgnoreCase(question.strip()) && !rewritten.contains("[")
                && rewritten.length() <= Math.max(MIN_ALLOWED_LENGTH, MAX_GROWTH * question.length());
    }

    /** LangChain4j's compressing transformer, asked even without history when the question needs translating. */
    private static final class Rewriting extends CompressingQueryTransformer {

        Rewriting(ChatModel model, PromptTemplate template) {
            super(model, template);
        }

        String rewrite(Query query, List<ChatMessage> history) {
            return chatModel.chat(createPrompt(query, format(history)).text());
        }
    }
}
