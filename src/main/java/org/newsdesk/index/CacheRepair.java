package org.newsdesk.index;

/** An article whose cached embeddings could not be trusted and were computed again, and why. */
public record CacheRepair(String document, String reason) {
}
