package org.newsdesk.knowledge;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field but the title may be absent:
 * {@code publisher}, {@code place} and {@code url} are empty strings then, {@code published} is null.
 */
public record ArticleMetadata(String title, String publisher, LocalDate published, String place, String url) {

    public ArticleMetadata {
        title = title == null ? "" : title.strip();
        publisher = publisher == null ? "" : publisher.strip();
        place = place == null ? "" : place.strip();
        url = url == null ? "" : url.strip();
    }
}
