package org.newsdesk.facts;

import java.util.List;
import org.newsdesk.index.Snapshot;

/** The articles the answers come from: title, publisher and date, newest first. */
public final class Sources {

    private Sources() {
    }

    public static List<ArticleInfo> of(Snapshot snapshot) {
        return Coverage.stories(snapshot).stream().map(Coverage.Story::info).toList();
    }
}
