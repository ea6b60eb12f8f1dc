package org.newsdesk.llm.grounding;

import java.util.Set;

/**
 * Someone or something a clause speaks of: a noun phrase, by its names (proper nouns, titles left out),
 * the names of its possessor ("Putin's team"), its head noun, every word in it, and the initials of its
 * capitalised words, by which an acronym is known ("ICC" for "International Criminal Court"), and the figures
 * and the dates it gives ("7.1 percent in May": 7.1, by value, and may); and whether it speaks of someone
 * by a word that stands for them ("his side", "its systems", "who").
 */
record Participant(Set<String> names, Set<String> possessors, String head, Set<String> words, String initials,
                   Set<String> figures, Set<String> dates, boolean standsIn) {

    /** Named, or owned by someone named: whose place a lie can give to another. */
    boolean named() {
        return !names.isEmpty() || !possessors.isEmpty();
    }

    /** A pronoun alone ("it", "they", "which"), which may stand for anyone named before it. */
    boolean pronoun() {
        return names.isEmpty() && possessors.isEmpty() && head != null
                && (Grammar.PERSONAL_PRONOUNS.contains(head) || Grammar.RELATIVE_PRONOUNS.contains(head));
    }

    /** Whether two phrases speak of the same one: by name when both are named, else by their head noun. */
    boolean sameAs(Participant other) {
        if (!names.isEmpty() && !other.names.isEmpty()) {
            boolean sharesName = names.stream().anyMatch(name -> !name.startsWith("@") && other.names.contains(name));
            boolean sharesPlace = names.stream().anyMatch(name -> name.startsWith("@") && other.names.contains(name));
            // a place only says where two common nouns are from: "Argentine prosecutors" are no "Buenos Aires
            // judge", while "Rome" is "Italy", and "the Portuguese title" may be "the Portuguese league"
            boolean placeOnly = sharesPlace && !sharesName && commonHead() && other.commonHead()
                    && !sameHead(other) && words.stream().noneMatch(other.words::contains);
            return sharesName || sharesPlace && !placeOnly || abbreviates(other) || other.abbreviates(this);
        }
        if (!possessors.isEmpty() && !other.possessors.isEmpty()
                && possessors.stream().noneMatch(other.possessors::contains)) {
            return false;
        }
        return head != null && (head.equals(other.head) || other.words.contains(head))
                || other.head != null && words.contains(other.head);
    }

    private boolean commonHead() {
        return head != null && !names.contains(Statement.namePrefix(head));
    }

    private boolean sameHead(Participant other) {
        return head.equals(other.head) || other.words.contains(head) || words.contains(other.head);
    }

    private boolean abbreviates(Participant other) {
        return other.initials.length() > 1 && names.contains(Statement.namePrefix(other.initials));
    }
}
