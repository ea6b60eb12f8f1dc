/**
 * How Newsdesk logs: the Logback set-up chosen by the settings (level, text or JSON lines) and the
 * keyed hash that names a chat in a log line, so that readers' ids never reach a log at INFO or above.
 * {@link org.newsdesk.logging.ChatTag} imports only the JDK, so adapters may use it; only the composition
 * root calls {@link org.newsdesk.logging.LogSetup}.
 */
package org.newsdesk.logging;
