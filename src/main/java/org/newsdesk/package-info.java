/**
 * The entry point, {@link org.newsdesk.Newsdesk}, and the map of the layers below it. Every arrow
 * between packages points down; {@code ArchitectureTest} checks it on every build.
 * <ol>
 *   <li><b>Entry point</b> (this package): hands the command line its arguments. Nothing imports it.</li>
 *   <li><b>Command line</b> ({@code cli}): each command builds, from the settings, the parts it runs
 *       (the desk, the answerer and summarizer, an adapter) and starts them. Only the entry point imports it.</li>
 *   <li><b>Adapters</b> ({@code telegram}, {@code console}, {@code llm}, {@code http}, {@code metrics}): talk
 *       to the world outside the answering core, readers on a chat or a terminal, a model provider, or the
 *       operators' probes and Prometheus. Each imports the core and its own libraries (TelegramBots, a
 *       provider's client, the JDK's HTTP server, Micrometer), never another adapter nor the command line.</li>
 *   <li><b>Answering core</b> (every other package: {@code desk}, {@code facts}, {@code answer},
 *       {@code retrieval}, {@code index}, {@code embedding}, {@code knowledge}, {@code prompts},
 *       {@code config}, {@code store}, {@code observe}, {@code logging}, {@code text}): reads the articles and
 *       answers from them, keeps what outlives a message ({@code store}) and reports what happens through a
 *       port ({@code observe}) that the metrics and readiness adapters hear. Imports no adapter, nor picocli,
 *       TelegramBots, a chat model, an HTTP server.</li>
 * </ol>
 * <p>Classifying a new package: it is core unless it talks to readers through a channel (a chat
 * platform, HTTP, a terminal) or to a model provider; then it is an adapter, and its name goes into
 * {@code ArchitectureTest.ADAPTERS}. Core packages may import each other as long as no cycle forms.
 * Code that is not the product (the benchmarks) lives in a source folder of its own ({@code src/bench})
 * and never in {@code src/main}.
 */
package org.newsdesk;
