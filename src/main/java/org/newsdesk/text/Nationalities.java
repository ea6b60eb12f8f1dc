package org.newsdesk.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The adjectives of countries ("Belgian", "Italian") with the names of their countries, from WordNet's
 * pertainyms ({@code /text/demonyms.txt}, derived by {@code WordNetTables} in the test tree), and those WordNet
 * does not tie to a country ({@code /text/demonyms-beyond-wordnet.txt}: "British", "Chinese"). The answerer
 * knows by them that "Belgian police" names no person; the claim check, that "Italian" stands for Italy.
 */
public final class Nationalities {

    private static final List<String> TABLES = List.of("/text/demonyms.txt", "/text/demonyms-beyond-wordnet.txt");
    private static final Map<String, List<String>> COUNTRIES_BY_ADJECTIVE = load();
    private static final Map<String, List<String>> BY_LOWER_CASE = COUNTRIES_BY_ADJECTIVE.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                    (some, others) -> some));

    private Nationalities() {
    }

    /** Each adjective, as written, with the names of its country. */
    public static Map<String, List<String>> countriesByAdjective() {
        return COUNTRIES_BY_ADJECTIVE;
    }

    /** Whether a word, in any case, is the adjective of a country. */
    public static boolean isAdjective(String word) {
        return BY_LOWER_CASE.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The names of the country of an adjective, in any case ("Portuguese": Portugal, …); empty for another word. */
    public static List<String> countriesOf(String adjective) {
        return BY_LOWER_CASE.getOrDefault(adjective.toLowerCase(Locale.ROOT), List.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String file : TABLES) {
            for (String line : WordTable.lines(file)) {
                String[] parts = line.split("\\s*;\\s*", 2);
                table.put(parts[0], List.of(parts[1].split("\\s*,\\s*")));
            }
        }
        return Map.copyOf(table);
    }
}
