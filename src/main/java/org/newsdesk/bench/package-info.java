/**
 * The {@code bench} command's measurements: answer latency beside LangChain4j's tutorial pipeline,
 * throughput, Telegram end to end, indexing at scale, start-up and memory of new JVMs, on synthetic
 * articles it writes itself. Uses the core through {@link org.newsdesk.Desk} and the bot through
 * {@code TelegramBot}, like any caller; nothing outside {@code cli} may import it.
 */
package org.newsdesk.bench;
