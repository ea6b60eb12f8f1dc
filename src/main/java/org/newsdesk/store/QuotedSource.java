package org.newsdesk.store;

/** A sentence an answer quoted, with the article it comes from. */
public record QuotedSource(String document, String title, String publisher, String quote) {
}
