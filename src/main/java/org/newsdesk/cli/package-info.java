/**
 * The command line (picocli): ask, index, chat, telegram, eval, config, unanswered, and running the bot by
 * default. Each command builds what the settings ask for: the desk, the assistants, the store and, for the
 * long-running ones, {@link org.newsdesk.cli.Monitoring} (the HTTP listener, metrics, readiness). The
 * settings are checked and the logging set up ({@link org.newsdesk.cli.LogSetup}) before any command runs.
 */
package org.newsdesk.cli;
