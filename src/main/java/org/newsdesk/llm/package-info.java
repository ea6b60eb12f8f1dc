/**
 * The LLM mode: the model providers (OpenAI-compatible, Ollama), the LangChain4j AI service and its
 * retrieval chain over the core's retrievers, per-chat memory kept under the data folder, and the
 * {@link org.newsdesk.llm.LlmAnswerer} that checks every answer before a reader sees it. The only
 * package that imports a model provider; it uses the core (answer, retrieval, prompts) and never an
 * adapter (Telegram, console, CLI).
 */
package org.newsdesk.llm;
