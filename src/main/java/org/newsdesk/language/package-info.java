/**
 * Which language a reader writes and reads: {@link org.newsdesk.language.Language} (the languages
 * Newsdesk recognises), {@link org.newsdesk.language.LanguageDetector} (a question's language, with
 * Lingua) and {@link org.newsdesk.language.ReaderLanguage} (the language replies are written in).
 * Part of the answering core; imports nothing of the project.
 */
package org.newsdesk.language;
