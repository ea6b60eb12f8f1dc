package org.newsdesk.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The word an irregular form is a form of ("rose" of "rise", "won" of "win", "children" of "child",
 * "better" of "good"), by part of speech, from WordNet's exception lists ({@code /text/word-forms.txt},
 * derived by {@code WordNetTables} in the test tree): stemmers leave irregular forms as they are, so
 * without this "rose" and "rise" would be different words, for the claim check and for the answerer's
 * word coverage alike.
 */
public final class WordForms {

    private static final Map<String, String> BASES = load();

    private WordForms() {
    }

    /**
     * @param lower a word in lower case
     * @param tag   its part of speech (VERB, NOUN, ADJ)
     * @return the word it is a form of, or the word itself
     */
    public static String base(String lower, String tag) {
        String pos = switch (tag) {
            case "VERB" -> "v";
            case "NOUN" -> "n";
            case "ADJ" -> "a";
            default -> null;
        };
        return pos == null ? lower : BASES.getOrDefault(pos + " " + lower, lower);
    }

    /** Each irregular form of a verb with the verb it is a form of ("won": "win"), single words only. */
    public static Map<String, String> verbForms() {
        Map<String, String> forms = new HashMap<>();
        BASES.forEach((key, base) -> {
            if (key.startsWith("v ") && !key.contains("_") && !base.contains("_")) {
                forms.put(key.substring(2), base);
            }
        });
        return forms;
    }

    private static Map<String, String> load() {
        Map<String, String> bases = new HashMap<>();
        for (String line : WordTable.lines("/text/word-forms.txt")) {
            String[] parts = line.split(" ");
            bases.put(parts[0] + " " + parts[1], parts[2]);
        }
        return Map.copyOf(bases);
    }
}
