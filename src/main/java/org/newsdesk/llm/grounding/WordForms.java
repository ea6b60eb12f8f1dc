package org.newsdesk.llm.grounding;

import java.util.HashMap;
import java.util.Map;

/**
 * The word an irregular form is a form of ("rose" of "rise", "children" of "child", "better" of "good"),
 * by part of speech, from WordNet's exception lists ({@code word-forms.txt}): the Snowball stemmer leaves
 * irregular forms as they are, so without this "rose" and "rise" would be different words.
 */
final class WordForms {

    private static final Map<String, String> BASES = load();

    private WordForms() {
    }

    /**
     * @param lower a word in lower case
     * @param tag   its part of speech (VERB, NOUN, ADJ)
     * @return the word it is a form of, or the word itself
     */
    static String base(String lower, String tag) {
        String pos = switch (tag) {
            case "VERB" -> "v";
            case "NOUN" -> "n";
            case "ADJ" -> "a";
            default -> null;
        };
        return pos == null ? lower : BASES.getOrDefault(pos + " " + lower, lower);
    }

    private static Map<String, String> load() {
        Map<String, String> bases = new HashMap<>();
        for (String line : Tables.lines("word-forms.txt")) {
            String[] parts = line.split(" ");
            bases.put(parts[0] + " " + parts[1], parts[2]);
        }
        return bases;
    }
}
