package org.newsdesk.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsdesk.text.WordTable;

/**
 * Stems of one word family ("drive" and "driver", "own" and "owner"), which Porter stemming leaves
 * apart: a question about "volunteers who drive" is about a sentence's "volunteer drivers". Derived from
 * WordNet's derivational links ({@code /index/word-families.txt}, written by {@code WordNetTables} in the
 * test tree).
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
            relatives.put(stems[0], Set.copyOf(Arrays.asList(stems).subList(1, stems.length)));
        }
        return Map.copyOf(relatives);
    }
}
