/**
 * Every text the bot says or sends to a model, as template files from the {@code prompts/} folder
 * (with the copies bundled in the jar as fallback), loaded at start and on reload.
 * Imports nothing of the project.
 */
package org.newsdesk.prompts;
