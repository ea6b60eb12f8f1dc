/**
 * The command line (picocli): ask, index, chat, telegram, eval, and running the bot by default.
 * A thin adapter: parses options, calls the core through {@link org.newsdesk.desk.Desk}, prints results.
 */
package org.newsdesk.cli;
