/**
 * The answering core's contract: a {@link org.newsdesk.answer.Question} in, an
 * {@link org.newsdesk.answer.Answer} with its sources out, and the extractive answerer that needs no
 * model. Imports knowledge, index, retrieval and prompts; never Telegram, picocli, the console or a
 * model provider.
 */
package org.newsdesk.answer;
