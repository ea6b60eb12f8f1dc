/**
 * The store on PostgreSQL ({@code NEWSDESK_DATABASE_URL}), shared by every instance of one bot: the update
 * queue with leases, conversation memory, follow-up context, the counters and the unanswered questions, and
 * leadership by an advisory lock. Schema by Flyway migrations, connections from HikariCP. Implements the
 * interfaces of {@link org.newsdesk.store}; imports that package and JDBC, nothing else of the project.
 */
package org.newsdesk.store.postgres;
