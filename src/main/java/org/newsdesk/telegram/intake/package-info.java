/**
 * How updates come in and get worked on: each update is stored in the {@link org.newsdesk.store.UpdateQueue}
 * before Telegram is told it arrived (the long poll, by the one instance that leads, or the webhook, on every
 * instance), and workers claim stored updates and hand them, parsed, to the adapter. Imports the store's
 * interfaces and TelegramBots; knows nothing of what an update asks (the adapter's router decides that).
 */
package org.newsdesk.telegram.intake;
