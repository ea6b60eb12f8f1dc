/**
 * Every text Newsdesk shows or sends, from the {@code prompts/} folder (with the copies bundled in the
 * jar as fallback), read at start and again on reload: {@link org.newsdesk.prompts.Messages}, the
 * reader-facing texts as one ICU message bundle per language ({@code prompts/messages/}), and
 * {@link org.newsdesk.prompts.Prompts}, the English templates for a language model ({@code prompts/llm/}).
 * Imports nothing of the project.
 */
package org.newsdesk.prompts;
