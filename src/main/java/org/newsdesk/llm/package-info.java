/**
 * The LLM mode: the model providers (OpenAI-compatible, Ollama), the LangChain4j AI service and its
 * retrieval chain over the core's retrievers, per-chat memory kept under the data folder, and the
 * {@link org.newsdesk.llm.LlmAnswerer} and {@link org.newsdesk.llm.LlmSummarizer} that check every
 * answer and summary before a reader sees it, built together by {@link org.newsdesk.llm.LlmMode}.
 * The only package that imports a model provider; it uses the core (answer, facts, retrieval,
 * prompts) and never an adapter (Telegram, console, CLI).
 */
package org.newsdesk.llm;
