package org.newsdesk.llm.grounding;

import java.util.List;
import java.util.Set;

/** A clause says what the clause it restates says, not its opposite ({@link Opposites}). */
final class OppositeCheck {


    private OppositeCheck() {
    }

    /**
     * A word put in the place of its opposite ("rejected" for "approved", "acquitted" for "convicted"): the
     * clause says a word its restated clause lacks, whose opposite, as the same part of speech, that clause
     * says and this one does not. (Across parts of speech, "started" against "a halt" was a faithful
     * "started ..., ending a stoppage", unless the two follow the same word, where the tagger's parts of speech
     * are not to be trusted.) The opposite negated on one side only restates it: "did not accept"
     * is "rejected"; negated on both sides or neither, it is the other meaning.
     */
    static boolean opposes(Clause clause, Clause restated) {
        return opposes(clause, restated, restated.content(), restated.words()) || placeOpposed(clause, restated);
    }

    /**
     * A preposition of place put for its opposite before the same word: "on a slope above the glacier" for "below
     * the glacier". Prepositions carry no content, so only one before the same word, and not said on both sides, is
     * compared.
     */
    private static boolean placeOpposed(Clause clause, Clause restated) {
        List<String> saidThere = restated.words().stream().map(Token::lower).toList();
        List<String> saidHere = clause.words().stream().map(Token::lower).toList();
        for (int i = 0; i < clause.words().size(); i++) {
            Token word = clause.words().get(i);
            for (int j = 0; word.is("ADP") && !saidThere.contains(word.lower()) && j < restated.words().size(); j++) {
                Token other = restated.words().get(j);
                if (other.is("ADP") && !saidHere.contains(other.lower()) && Opposites.opposite(word.stem(), other.stem())
                        && sameWordAfter(clause.words(), i, restated.words(), j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Also against the support's other clauses that the clause takes in whole but for the opposite, for a word the
     * support nowhere says: "tried to pull the ship free and succeeded" for "tried to pull the ship free but
     * failed", where the failing is a clause of its own and the trying, sharing more words, is the one restated.
     * Not a clause with words of its own: "cleared of bribery" is not opposed by the "convicted of false accounting"
     * beside the "acquitted of bribery" it restates.
     */
    static boolean opposes(Clause clause, Clause restated, Statement source) {
        return opposes(clause, restated) || source.clauses.stream().anyMatch(other -> other != restated
                && other.content().stream().filter(word -> !clause.content().contains(word)).count() <= 1
                && opposes(clause, other, source.stems, source.tokens));
    }

    /**
     * @param said the stems of the words the support says, which no word of the clause opposes, but for a word the
     *     support says only right after a negator and the clause says plainly: "said his client was guilty and
     *     would plead not guilty" for "was innocent and would plead not guilty" says "guilty" as the support never
     *     does, and is compared unnegated
     * @param support the words of the support
     */
    private static boolean opposes(Clause clause, Clause restated, Set<String> said, List<Token> support) {
        for (int i = 0; i < clause.words().size(); i++) {
            Token word = clause.words().get(i);
            boolean saidOnlyNegated = said.contains(word.stem()) && !afterNegator(clause.words(), i)
                    && onlyAfterNegators(word.stem(), support);
            // an adverb carries no content of its own, but one may be put for its opposite beside the same word:
            // "kept outdoors" for "kept indoors"; one the support says anywhere is no opposite of it
            boolean adverb = word.is("ADV") && word.lower().chars().allMatch(Character::isLetter)
                    && support.stream().noneMatch(other -> other.stem().equals(word.stem()));
            if (!word.content() && !adverb || said.contains(word.stem()) && !saidOnlyNegated || phrasal(clause.words(), i)) {
                continue;
            }
            boolean negatedHere = !saidOnlyNegated && clause.negated().contains(word.stem());
            for (int j = 0; j < restated.words().size(); j++) {
                Token other = restated.words().get(j);
                if (goesOnNoun(restated.words(), j)) {
                    continue;
                }
                boolean samePlace = sameWordBeside(clause.words(), i, restated.words(), j);
                // in the same place, the words are compared as verbs too: "fell/ADJ" is "fall", "rose/NOUN" "rise"
                boolean opposite = Opposites.opposite(word.stem(), other.stem()) || samePlace
                        && Opposites.opposite(EnglishTagger.stem(word.lower(), "VERB"), EnglishTagger.stem(other.lower(), "VERB"));
                if ((other.tag().equals(word.tag()) || samePlace || complements(clause.words(), i, restated.words(), j))
                        && (!adverb || samePlace)
                        && !clause.content().contains(other.stem()) && opposite
                        && negatedHere == restated.negated().contains(other.stem())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two words are both what a form of "be" right before them says its subject is: "had been careful/ADJ"
     * against "had been negligent/NOUN", where the tagger's adjective or noun is the same part of speech.
     */
    private static boolean complements(List<Token> words, int at, List<Token> others, int otherAt) {
        return at > 0 && otherAt > 0 && words.get(at).is("ADJ", "NOUN") && others.get(otherAt).is("ADJ", "NOUN")
                && Grammar.PASSIVE_AUXILIARIES.contains(words.get(at - 1).lower())
                && Grammar.PASSIVE_AUXILIARIES.contains(others.get(otherAt - 1).lower());
    }

    /** Whether the word at a place follows a negator right before it or one word before it ("not guilty", "not yet paid"). */
    private static boolean afterNegator(List<Token> words, int at) {
        return at > 0 && Grammar.NEGATORS.contains(words.get(at - 1).lower())
                || at > 1 && Grammar.NEGATORS.contains(words.get(at - 2).lower());
    }

    /** Whether the support says a word, by its stem, and says it only after a negator. */
    private static boolean onlyAfterNegators(String stem, List<Token> support) {
        boolean said = false;
        for (int i = 0; i < support.size(); i++) {
            if (support.get(i).stem().equals(stem)) {
                if (!afterNegator(support, i)) {
                    return false;
                }
                said = true;
            }
        }
        return said;
    }

    /**
     * Whether a verb and "off" right after it make a verb of their own, whose meaning is not the plain verb's: "came
     * off the rails" is "left the tracks", though "come" and "leave" are opposites ("called off", "laid off", "set
     * off" likewise). Not "up" or "down", which often only complete the verb: "shut down the plant" still opposes
     * "opened" as "shut" does.
     */
    private static boolean phrasal(List<Token> words, int at) {
        return words.get(at).is("VERB") && at + 1 < words.size() && words.get(at + 1).lower().equals("off")
                || goesOnNoun(words, at);
    }

    /**
     * Whether "go on" takes a noun, and says the state entered, not a going: "went on strike" is "stopped work",
     * though "go" and "stop" are opposites ("go on trial", "go on sale" likewise). "The talks went on for hours",
     * where "go on" is to continue, still opposes "stopped".
     */
    private static boolean goesOnNoun(List<Token> words, int at) {
        return words.get(at).is("VERB") && words.get(at).stem().equals("go") && at + 2 < words.size()
                && words.get(at + 1).lower().equals("on") && words.get(at + 2).is("NOUN");
    }

    /**
     * Whether two words follow the same word, or come before the same word, so stand in the same place whatever the
     * tagger calls them: "shares fell/ADJ" against "shares rose/NOUN", "tested positive/ADJ" against "tested
     * negative/NOUN"; ", rose/ADJ 3.4 percent" against ", fell/ADJ 3.4 percent", after a comma that ends a name set
     * beside the subject.
     */
    private static boolean sameWordBeside(List<Token> words, int at, List<Token> others, int otherAt) {
        return at > 0 && otherAt > 0 && words.get(at - 1).content()
                && words.get(at - 1).lower().equals(others.get(otherAt - 1).lower())
                || at + 1 < words.size() && otherAt + 1 < others.size() && words.get(at + 1).content()
                && words.get(at + 1).lower().equals(others.get(otherAt + 1).lower())
                || sameWordsUpToContent(words, at, others, otherAt);
    }

    /**
     * "Few/PROPN of the dead" against "Most/ADJ of the dead": the same few function words and then the same content
     * word follow both, so they stand in the same place; not for verbs.
     */
    private static boolean sameWordsUpToContent(List<Token> words, int at, List<Token> others, int otherAt) {
        // not verbs: "lost the seat to Egger" restates "Egger won the seat", the roles turned with the verb
        if (words.get(at).is("VERB", "AUX") || others.get(otherAt).is("VERB", "AUX")) {
            return false;
        }
        for (int k = 1; k <= 3 && at + k < words.size() && otherAt + k < others.size(); k++) {
            Token word = words.get(at + k);
            if (!word.lower().equals(others.get(otherAt + k).lower()) || !word.lower().chars().allMatch(Character::isLetter)) {
                return false;
            }
            if (word.content()) {
                return k > 1;
            }
        }
        return false;
    }

    /**
     * Whether two prepositions come before the same content word, or before a determiner and the same content word
     * ("above the glacier").
     */
    private static boolean sameWordAfter(List<Token> words, int at, List<Token> others, int otherAt) {
        int next = at + 1 < words.size() && words.get(at + 1).is("DET") ? at + 2 : at + 1;
        int otherNext = otherAt + 1 < others.size() && others.get(otherAt + 1).is("DET") ? otherAt + 2 : otherAt + 1;
        return next < words.size() && otherNext < others.size() && words.get(next).content()
                && words.get(next).lower().equals(others.get(otherNext).lower());
    }
}
