package org.newsdesk.llm.grounding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of opposite senses, by their stems: WordNet's antonyms, each word against every word of its
 * antonym's sense ({@code opposites.txt}: "acquit convict", "accept reject", "approve reject", "rise fall").
 * A maintained resource rather than a list of our own; derived from WordNet 3.1 by the test tree's
 * WordNetTables.
 */
final class Opposites {

    private static final Map<String, Set<String>> BY_STEM = load();

    private Opposites() {
    }

    static boolean opposite(String stem, String otherStem) {
        return BY_STEM.getOrDefault(stem, Set.of()).contains(otherStem);
    }

    private static Map<String, Set<String>> load() {
        EnglishStemmer stemmer = new EnglishStemmer();
        Map<String, Set<String>> byStem = new HashMap<>();
        for (String line : Tables.lines("opposites.txt")) {
            String[] pair = line.split(" ");
            String one = stem(stemmer, pair[0]);
            String other = stem(stemmer, pair[1]);
            if (!one.equals(other)) {
                byStem.computeIfAbsent(one, key -> new HashSet<>()).add(other);
                byStem.computeIfAbsent(other, key -> new HashSet<>()).add(one);
            }
        }
        return byStem;
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
