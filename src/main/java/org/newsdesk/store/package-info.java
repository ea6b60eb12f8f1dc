/**
 * What outlives a message, behind one interface: {@link org.newsdesk.store.Store} with focused parts (the
 * update queue, the model's conversation memory, follow-up context, the counters behind /stats, the
 * unanswered questions, shared send pacing, requests to every instance, leadership). {@link
 * org.newsdesk.store.FileStore} keeps them under the data folder for one process; {@code store.postgres}
 * keeps them in PostgreSQL for several. Adapters use the interfaces only and never learn which store runs.
 * Imports LangChain4j's memory types and the project's logging (chat tags), nothing else of the project;
 * never a reader's id or name is stored outside the updates themselves.
 */
package org.newsdesk.store;
