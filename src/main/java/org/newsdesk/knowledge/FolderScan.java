package org.newsdesk.knowledge;

import java.util.List;

/** What a scan of the knowledge folder found: the articles that loaded and the files that did not. */
public record FolderScan(List<Article> articles, List<LoadFailure> failures) {

    public FolderScan {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
