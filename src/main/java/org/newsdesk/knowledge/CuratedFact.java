package org.newsdesk.knowledge;

/**
 * A quick fact an editor wrote for an article, tied to the sentence of the article that supports it.
 *
 * @param statement the fact in a few words, as the editor put it
 * @param quote     text copied verbatim from the article body
 */
public record CuratedFact(String statement, String quote) {
}
