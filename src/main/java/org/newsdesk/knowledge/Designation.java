package org.newsdesk.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official document's designation: its kind, "No." and its number, perhaps of its year ("ORDINANCE No. 5 of 2025",
 * "EXECUTIVE ORDER NO. 27", "OPINION No. 9/2025"). Under a letterhead it heads the document.
 */
public final class Designation {

    private static final Pattern DESIGNATION = Pattern.compile("(?i)(?:[\\p{L}'’-]+\\s+){0,4}?(?:order|notice|ordinance"
            + "|resolution|circular|decree|directive|memorandum|advisory|proclamation|by-?law|regulation|bulletin|opinion"
            + "|decision|ruling|judge?ment|determination|recommendation|permit|licen[cs]e)s?"
            + "(?:\\s+to\\s+[\\p{L}]+)?\\s+no\\.?\\s*(?<number>\\d[\\w/.-]*(?:,?\\s+(?:of|series\\s+of)\\s+\\d{4})?)");

    private Designation() {
    }

    /** Whether the line is a designation and nothing else. */
    static boolean is(String line) {
        return DESIGNATION.matcher(line.strip()).matches();
    }

    /**
     * The number a designation gives ("9/2025", "14 of 2025"; "27 of 2025" for "NO. 27 Series of 2025"), or empty when
     * the title is no designation.
     */
    public static Optional<String> numberIn(String title) {
        Matcher designation = DESIGNATION.matcher(title.strip());
        return designation.matches() ? Optional.of(SERIES.matcher(designation.group("number")).replaceFirst(" of "))
                : Optional.empty();
    }

    private static final Pattern SERIES = Pattern.compile("(?i),?\\s+(?:series\\s+)?of\\s+");
}
