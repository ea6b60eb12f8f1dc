/**
 * What names a reader in a log line: {@link org.newsdesk.logging.ChatTag}, a keyed hash of a chat or user
 * id, so that readers' ids never reach a log at INFO or above. Imports only the JDK, so every package may
 * use it. (How logs are written, text or JSON lines, is set at start-up by the command line.)
 */
package org.newsdesk.logging;
