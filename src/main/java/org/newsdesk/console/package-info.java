/**
 * The interactive console chat and the plain-text rendering of answers it shares with the command
 * line. A thin adapter over {@link org.newsdesk.desk.Desk} and the answerer.
 */
package org.newsdesk.console;
