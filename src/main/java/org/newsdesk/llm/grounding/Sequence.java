package org.newsdesk.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two events a text puts in order with "after", "before" or "following": "Barre resigned in 2020, after police
 * searched his office" has the search first. Each event is read as the content words (by stem) on its side of
 * the word that orders them, up to the comma that ends a clause put first ("After police searched his office,
 * Barre resigned").
 */
final class Sequence {

    private static final Set<String> AFTER = Set.of("after", "following");
    private static final Set<String> BEFORE = Set.of("before");

    private Sequence() {
    }

    /** The content words of the earlier event and of the later one, if the text orders two events. */
    static Optional<List<Set<String>>> of(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).lower();
            if (!AFTER.contains(word) && !BEFORE.contains(word)) {
                continue;
            }
            int clauseEnd = k + 1;
            while (clauseEnd < tokens.size() && !tokens.get(clauseEnd).lower().equals(",")) {
                clauseEnd++;
            }
            Set<String> main;
            Set<String> ordered;
            if (firstWord(tokens, k)) {
                ordered = content(tokens.subList(k + 1, clauseEnd));
                main = content(tokens.subList(Math.min(clauseEnd + 1, tokens.size()), tokens.size()));
            } else {
                main = content(tokens.subList(0, k));
                ordered = content(tokens.subList(k + 1, clauseEnd));
            }
            if (main.isEmpty() || ordered.isEmpty()) {
                return Optional.empty();
            }
            // "A after B": B came first; "A before B": A came first
            return Optional.of(AFTER.contains(word) ? List.of(ordered, main) : List.of(main, ordered));
        }
        return Optional.empty();
    }

    private static boolean firstWord(List<Token> tokens, int at) {
        for (int i = 0; i < at; i++) {
            if (tokens.get(i).content()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> content(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        tokens.stream().filter(Token::content).forEach(token -> words.add(token.stem()));
        return words;
    }
}
