package org.newsdesk.llm.grounding;

import java.util.List;
import org.newsdesk.text.WordTable;

/** The word tables under {@code /grounding/} on the class path, as their lines without comments and blanks. */
final class Tables {

    private Tables() {
    }

    static List<String> lines(String name) {
        return WordTable.lines("/grounding/" + name);
    }
}
