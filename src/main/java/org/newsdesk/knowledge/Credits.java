package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who a report credits, by role: its authors (the byline, or the reporters and writers of a sign-off),
 * its editors ("Editing by …"), and those who contributed ("Additional reporting by …", "With
 * assistance from …", "Associated Press writer … contributed to this report").
 */
public record Credits(List<String> authors, List<String> editors, List<String> contributors) {

    public static final Credits NONE = new Credits(List.of(), List.of(), List.of());

    public Credits {
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    static Credits authors(List<String> names) {
        return new Credits(names, List.of(), List.of());
    }

    /** These credits followed by {@code later} ones, each name once per role. */
    Credits then(Credits later) {
        return new Credits(joined(authors, later.authors), joined(editors, later.editors),
                joined(contributors, later.contributors));
    }

    /** The same credits with other authors (front matter or a byline name them instead). */
    Credits withAuthors(List<String> names) {
        return new Credits(names, editors, contributors);
    }

    private static List<String> joined(List<String> first, List<String> second) {
        return List.copyOf(new LinkedHashSet<>(new ArrayList<>(first) {{ addAll(second); }}));
    }
}
