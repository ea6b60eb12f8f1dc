/**
 * The searchable form of the knowledge folder: sentence passages with their article context,
 * their embeddings (cached on disk by content hash) and a lexical index, held in an immutable
 * {@link org.newsdesk.index.Snapshot} that a reload swaps atomically.
 * Imports knowledge, text and LangChain4j's embedding interfaces; never retrieval, answer or an adapter.
 */
package org.newsdesk.index;
