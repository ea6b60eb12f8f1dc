package org.newsdesk.llm.grounding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of one meaning, by their stems: WordNet's verbs of communication against the other words of their sense
 * and of the sense they are a kind of ("contest dispute", "advise recommend"), in {@code synonyms.txt}, derived
 * from WordNet 3.1 by the test tree's WordNetTables. What a sentence says by another word than its support's: the
 * support's verb of saying kept.
 */
final class Synonyms {

    private static final Map<String, Set<String>> VERBS = new HashMap<>();

    static {
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String line : Tables.lines("synonyms.txt")) {
            String[] pair = line.split(" ");
            String one = stem(stemmer, pair[1]);
            String other = stem(stemmer, pair[2]);
            if (!one.equals(other)) {
                VERBS.computeIfAbsent(one, key -> new HashSet<>()).add(other);
                VERBS.computeIfAbsent(other, key -> new HashSet<>()).add(one);
            }
        }
    }

    private Synonyms() {
    }

    /** Whether two stems are verbs of communication of one meaning: "contest" and "disput". */
    static boolean verbs(String stem, String otherStem) {
        return stem != null && VERBS.getOrDefault(stem, Set.of()).contains(otherStem);
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
