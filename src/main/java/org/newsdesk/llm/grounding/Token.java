package org.newsdesk.llm.grounding;

/**
 * A word of English text.
 *
 * @param text  as written
 * @param lower in lower case, for closed-class words ("not", "may", "from")
 * @param stem  its Snowball stem, so "accused" and "accuses" compare equal
 * @param tag   its Universal Dependencies part of speech
 */
record Token(String text, String lower, String stem, String tag) {

    boolean is(String... tags) {
        for (String candidate : tags) {
            if (tag.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** A word that carries meaning: what clauses are aligned by and negations apply to. */
    boolean content() {
        return is("NOUN", "PROPN", "VERB", "ADJ", "NUM") && lower.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** A word that may stand in a noun phrase: "the", "Greek", "12", "tanker", "it"; no negator ("no", "none"). */
    boolean nominal() {
        return is("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON") && !Grammar.NEGATORS.contains(lower);
    }

    /** The mark of a possessor: "'s", or the apostrophe of "the employers' federation". */
    boolean possessive() {
        return lower.equals("'s") || lower.equals("'") && is("PART");
    }
}
