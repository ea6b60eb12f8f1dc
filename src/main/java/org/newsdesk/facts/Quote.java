package org.newsdesk.facts;

/**
 * A sentence exactly as an article has it, with the article it comes from.
 *
 * @param text verbatim text of the article
 */
public record Quote(String text, ArticleInfo article) {
}
