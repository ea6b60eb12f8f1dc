package org.newsdesk.llm;

import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * A second, memoryless AI service for the one repair attempt: the request (the {@code llm/repair}
 * template: passages, question, draft and what is wrong with it) already holds everything needed.
 */
interface Repairer {

    @UserMessage("{{request}}")
    String repair(@V("request") String request);
}
