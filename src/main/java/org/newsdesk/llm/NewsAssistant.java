package org.newsdesk.llm;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.memory.ChatMemoryAccess;

/**
 * The LangChain4j AI service that answers from retrieved passages. Its system message, the passage
 * layout and the follow-up rewrite all come from templates; the user message is the reader's question
 * passed through a variable, so braces a reader types are never read as a template.
 */
interface NewsAssistant extends ChatMemoryAccess {

    @UserMessage("{{question}}")
    Result<String> answer(@MemoryId String conversation, @V("question") String question, InvocationParameters turn);

    @UserMessage("{{question}}")
    TokenStream answerStreaming(@MemoryId String conversation, @V("question") String question,
                                InvocationParameters turn);
}
