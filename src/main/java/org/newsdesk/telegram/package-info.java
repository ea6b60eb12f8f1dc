/**
 * The Telegram adapter: turns Bot API updates into calls on {@link org.newsdesk.desk.Desk}, the answerer
 * and the summarizer, and answers into HTML messages, sent in order per chat within Telegram's flood limits.
 * Imports the core's public API, the prompts and TelegramBots; the core never imports this package.
 */
package org.newsdesk.telegram;
