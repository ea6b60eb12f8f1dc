/**
 * What outlives a message, behind one interface: {@link org.newsdesk.store.Store} with focused parts
 * (the counters behind /stats, the log of questions the articles did not answer). {@link
 * org.newsdesk.store.FileStore} keeps them as files under the data folder, written atomically; a
 * PostgreSQL store (issue 11) implements the same parts and adds its own (the update queue, conversation
 * memory, follow-up context, rate limits) as further sub-interfaces. Adapters use the interfaces only.
 * Imports nothing of the project; never a reader's id or name is stored.
 */
package org.newsdesk.store;
