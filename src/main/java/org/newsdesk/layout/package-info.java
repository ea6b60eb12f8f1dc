/**
 * How a reply is laid out for a reader, once for every adapter: an answer with citation marks ([1], [2])
 * and the articles it draws on, each named once ({@link org.newsdesk.layout.CitedAnswer}); a timeline
 * with each date once ({@link org.newsdesk.layout.CitedTimeline}); a quoted summary in runs of one
 * article's sentences ({@link org.newsdesk.layout.CitedSummary}). Adapters render these in their own
 * medium (HTML, plain text). Imports answer, facts and prompts; never an adapter, picocli or TelegramBots.
 */
package org.newsdesk.layout;
