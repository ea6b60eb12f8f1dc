package org.newsdesk.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.text.WordForms;
import org.newsdesk.text.WordTable;

/**
 * Stems of one word family ("drive" and "driver", "own" and "owner"), which Porter stemming leaves
 * apart: a question about "volunteers who drive" is about a sentence's "volunteer drivers". Derived from
 * WordNet's derivational links ({@code /index/word-families.txt}, written by {@code WordNetTables} in the
 * test tree), and the irregular forms of verbs with their verbs ({@link WordForms}).
 */
final class WordFamilies {

    private static final String TABLE = "/index/word-families.txt";
    private static final Map<String, Set<String>> RELATIVES = load();

    private WordFamilies() {
    }

    /** The stems related to a stem, without it; empty for a stem of no family. */
    static Set<String> relativesOf(String stem) {
        return RELATIVES.getOrDefault(stem, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> relatives = new HashMap<>();
        for (String line : WordTable.lines(TABLE)) {
            String[] stems = line.split(" ");
            // a link holds both ways: the table gives "director" its "direct", and "who directed" must find "director"
            for (String relative : Arrays.asList(stems).subList(1, stems.length)) {
                relate(relatives, stems[0], relative);
                relate(relatives, relative, stems[0]);
            }
        }
        // an irregular form and its verb ("won" and "win", "paid" and "pay") are of one family, and so are the forms
        // of one verb ("swam" and "swum"): the stemmer leaves them apart
        Map<String, Set<String>> stemsOfVerb = new HashMap<>();
        try (NewsAnalyzer analyzer = new NewsAnalyzer()) {
            WordForms.verbForms().forEach((form, verb) -> {
                Set<String> stems = stemsOfVerb.computeIfAbsent(verb, known -> new HashSet<>());
                stemOf(analyzer, form).ifPresent(stems::add);
                stemOf(analyzer, verb).ifPresent(stems::add);
            });
        }
        for (Set<String> stems : stemsOfVerb.values()) {
            for (String stem : stems) {
                for (String relative : stems) {
                    if (!stem.equals(relative)) {
                        relate(relatives, stem, relative);
                    }
                }
            }
        }
        return Map.copyOf(relatives);
    }

    private static void relate(Map<String, Set<String>> relatives, String stem, String relative) {
        Set<String> known = new HashSet<>(relatives.getOrDefault(stem, Set.of()));
        known.add(relative);
        relatives.put(stem, Set.copyOf(known));
    }

    /** The index's stem of a single word; empty for a stop word. */
    private static Optional<String> stemOf(NewsAnalyzer analyzer, String word) {
        Set<String> terms = LexicalIndex.termsOf(analyzer, word, 2);
        return terms.size() == 1 ? Optional.of(terms.iterator().next()) : Optional.empty();
    }
}
