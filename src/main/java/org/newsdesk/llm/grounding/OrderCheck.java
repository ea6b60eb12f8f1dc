package org.newsdesk.llm.grounding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Two events a sentence puts in order keep the order the support gives them ({@link Sequence}). */
final class OrderCheck {

    private OrderCheck() {
    }

    /**
     * Two events put in the other order: "police searched his office after he resigned" for "he resigned, after
     * police searched his office". Each text with "after", "before" or "following" between two events gives
     * which came first; the sentence reverses the order when its earlier event shares more words with the
     * support's later one, and its later event more with the support's earlier one.
     */
    static boolean reverses(Statement said, Statement source) {
        Optional<List<Set<String>>> claimed = Sequence.of(said.tokens);
        Optional<List<Set<String>>> given = Sequence.of(source.tokens);
        if (claimed.isEmpty() || given.isEmpty()) {
            return false;
        }
        Set<String> earlier = claimed.get().get(0);
        Set<String> later = claimed.get().get(1);
        Set<String> givenEarlier = given.get().get(0);
        Set<String> givenLater = given.get().get(1);
        return shared(earlier, givenLater) > shared(earlier, givenEarlier)
                && shared(later, givenEarlier) > shared(later, givenLater);
    }

    private static long shared(Set<String> one, Set<String> other) {
        return one.stream().filter(other::contains).count();
    }
}
