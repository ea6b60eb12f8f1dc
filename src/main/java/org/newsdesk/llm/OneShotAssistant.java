package org.newsdesk.llm;

import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * A memoryless AI service for requests that already hold everything needed, passages included: the
 * one repair of an answer ({@code llm/repair}), a summary of the coverage ({@code llm/summary}) and its
 * repair ({@code llm/summary-repair}).
 */
interface OneShotAssistant {

    @UserMessage("{{request}}")
    String reply(@V("request") String request);
}
