/**
 * The {@code bench} command's measurements: answer latency beside LangChain4j's tutorial pipeline,
 * throughput, indexing at scale, start-up and memory of new JVMs, on synthetic articles it writes
 * itself. Uses the core through {@link org.newsdesk.Desk} like any adapter; nothing in the core imports it.
 */
package org.newsdesk.bench;
