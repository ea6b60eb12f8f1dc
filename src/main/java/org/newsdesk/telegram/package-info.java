/**
 * The Telegram adapter: turns Bot API updates into calls on {@link org.newsdesk.desk.Desk}, the answerer
 * and the summarizer, and answers into HTML messages, sent in order per chat within Telegram's flood limits.
 * The counters of /stats and the unanswered questions go to the {@link org.newsdesk.store.Store}; every
 * Bot API request is reported through the {@link org.newsdesk.observe.Observer} port; readers are named in
 * logs by {@link org.newsdesk.logging.ChatTag} only.
 * Imports the core's public API, the prompts and TelegramBots; the core never imports this package.
 */
package org.newsdesk.telegram;
