package org.newsdesk.llm.grounding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of opposite senses, by their stems: WordNet's antonyms, each word against every word of its
 * antonym's sense ({@code opposites.txt}: "acquit convict", "accept reject", "approve reject", "rise fall").
 * A maintained resource rather than a list of our own; derived from WordNet 3.1 by the test tree's
 * WordNetTables. The few general opposites WordNet does not link ("cut raise", "loss profit") are kept by hand in
 * {@code opposites-beyond-wordnet.txt}.
 */
final class Opposites {

    private static final Map<String, Set<String>> BY_STEM = load();

    private Opposites() {
    }

    static boolean opposite(String stem, String otherStem) {
        return BY_STEM.getOrDefault(stem, Set.of()).contains(otherStem)
                || BY_STEM.getOrDefault(positive(stem), Set.of()).contains(positive(otherStem))
                || opposesAnotherDegree(stem, otherStem) || opposesAnotherDegree(otherStem, stem);
    }

    /**
     * "few" for "most": an irregular degree ("most", "least", "worst") opposes a regular one ("fewest", "greatest"),
     * which stands for its plain form too; so the plain form of a word opposes the irregular one as well.
     */
    private static boolean opposesAnotherDegree(String stem, String otherStem) {
        String plain = positive(stem);
        return BY_STEM.getOrDefault(otherStem, Set.of()).stream()
                .anyMatch(opposed -> !opposed.equals(positive(opposed)) && positive(opposed).equals(plain));
    }

    /**
     * The stem of the plain form of a superlative or comparative, whose stem keeps its ending ("highest",
     * "lower"): "high", "low"; a doubled consonant undone ("biggest": "big"). WordNet gives antonyms of the plain
     * forms only.
     */
    private static String positive(String stem) {
        String plain = stem.replaceFirst("(?:est|er)$", "");
        if (plain.equals(stem) || plain.length() < 2) {
            return stem;
        }
        int last = plain.length() - 1;
        return plain.charAt(last) == plain.charAt(last - 1) && "aeiouls".indexOf(plain.charAt(last)) < 0
                ? plain.substring(0, last) : plain;
    }

    private static Map<String, Set<String>> load() {
        EnglishStemmer stemmer = new EnglishStemmer();
        Map<String, Set<String>> byStem = new HashMap<>();
        List<String> lines = Stream.of("opposites.txt", "opposites-beyond-wordnet.txt")
                .flatMap(table -> Tables.lines(table).stream()).toList();
        for (String line : lines) {
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
