/**
 * The benchmarks, built into their own jar (target/newsdesk-bench.jar, from src/bench) so the product
 * jar holds only what users run: answer latency beside LangChain4j's tutorial pipeline (with the
 * all-MiniLM-L6-v2 model only this jar carries), throughput, Telegram end to end, indexing at scale,
 * start-up and memory of new JVMs on the product jar, on synthetic articles it writes itself. Uses the
 * core through {@link org.newsdesk.desk.Desk} and the bot through {@code TelegramBot}, like any caller;
 * nothing in the product (src/main) may import it.
 */
package org.newsdesk.bench;
