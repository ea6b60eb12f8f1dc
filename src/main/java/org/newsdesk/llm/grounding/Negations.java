package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the negations of a clause apply to, by stem: the content word after each negator ("did not accept"),
 * the verb whose object it opens ("had broken no law"), the verb of a clause a noun after "no" takes ("no
 * evidence they had been stolen"), the verb a negated subject takes ("no buyer had been found", "no report of a
 * damaged rail had reached it"), the object "any" opens after a negated verb ("had not received any report"), every word of
 * a phrase "not" sets against another ("by the foundation, not by any maker"), the verb of the clause "denied"
 * takes ("denied that the cuts had affected safety"), the verb of the condition "unless" opens ("unless
 * run-off was cut" restates "without cuts in run-off"), the infinitive a negated adjective takes ("not able
 * to cope"), and the phrase "rather than" or "instead of" sets against another ("rather than on its own
 * work"). "fails to", "refused to", "declined to", "has yet to", "was wrong to", "unable to" and "erred in"
 * deny the verb after them, "ruled out" what follows it, and "free of" the noun after it ("free of charge").
 */
final class Negations {

    /** What opens an object a negated verb denies: "any" ({@link #in}), an indefinite article ({@link #deniedIndefinites}). */
    private static final Set<String> ANY = Set.of("any");
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

    private Negations() {
    }

    static List<String> in(List<Token> words) {
        List<String> negated = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            // "fails to slow", and "has yet to decide", which is "has not decided yet"
            // "was wrong to treat" and "erred in treating" say it should not have been treated
            // "for failing/ADJ to report": the tagger takes a gerund for an adjective or a noun as often as a verb
            boolean deniesInfinitive = ((token.is("VERB") || token.is("ADJ", "NOUN") && token.lower().endsWith("ing"))
                    && Grammar.NEGATING_VERBS.contains(EnglishTagger.stem(token.lower(), "VERB"))
                    || token.is("ADJ") && Grammar.NEGATING_ADJECTIVES.contains(token.lower())
                    || token.lower().equals("yet")) && i + 1 < words.size() && words.get(i + 1).lower().equals("to")
                    // the tagger takes "erred" for an adjective as often as for a verb
                    || token.is("VERB", "ADJ") && Grammar.NEGATING_VERBS.contains(token.stem()) && i + 1 < words.size()
                    && words.get(i + 1).lower().equals("in")
                    // "declined to comment", where "declined to 5 percent" is a fall
                    || token.is("VERB") && token.stem().equals(Grammar.DECLINE) && i + 2 < words.size()
                    && words.get(i + 1).lower().equals("to") && words.get(i + 2).is("VERB");
            if (Grammar.NEGATORS.contains(token.lower()) && !bound(words, i) || deniesInfinitive) {
                int negator = i;
                negated.add(deniedSubject(words, i).or(() -> partitivesVerb(words, negator)).orElse(scope(words, i)));
                objectOpenedBy(words, i, ANY).ifPresent(negated::add);
                adjectivesInfinitive(words, i).ifPresent(negated::add);
                negated.addAll(negatedPhrase(words, i));
                negatedObjectsVerb(words, i).ifPresent(negated::add);
                negatedSubjectsVerb(words, i).ifPresent(negated::add);
                negatedNounsClause(words, i).ifPresent(negated::add);
            } else if (token.is("VERB") && token.stem().equals(Grammar.RULE) && i + 1 < words.size()
                    && words.get(i + 1).lower().equals("out") && !negatedVerb(words, i)) {
                // "ruled out resigning" is "said he would not resign"; "had not ruled out a new trial" leaves the
                // trial possible, its "not" applying to the ruling out
                negated.add(scope(words, i + 1));
            } else if (setsAgainst(words, i)) {
                // "on design changes rather than on its own work" is "..., not on its own work"
                negated.addAll(phraseAfter(words, i + 1));
            } else if (token.lower().equals("free") && i + 2 < words.size() && words.get(i + 1).lower().equals("of")) {
                // "free of charge" is "without charge": "able to rebook free of charge" says they will not be charged
                phraseNoun(words, i + 2).ifPresent(negated::add);
            } else if (fallsShortOf(words, i)) {
                // "fell short of covering the cost" is "was not enough to cover it"; "stopped short of" is "did not"
                negated.add(scope(words, i + 1));
            } else if (token.lower().equals("unless")) {
                // "unless run-off was cut" is "if run-off was not cut"
                conditionsVerb(words, i).ifPresent(negated::add);
            }
        }
        // "denied that the cuts had affected safety" says the cuts had not affected it
        negated.addAll(deniedIn(words));
        return negated;
    }

    /**
     * The verbs of the participles the prefix "un" negates ("left the rate unchanged" says the rate did not change):
     * not "under", whose words ("underfunded") say too little, nor "uni", whose words ("united", "unified") say one.
     * The tagger makes "unchanged" a verb as often as an adjective; a verb such as "unveiled" undoes no act, so
     * these are compared only with what the support negates ({@link NegationCheck}).
     */
    static List<String> prefixNegated(List<Token> words) {
        return words.stream().filter(token -> token.is("ADJ", "VERB") && token.lower().length() > 6
                        && token.lower().startsWith("un") && token.lower().endsWith("ed")
                        && !token.lower().startsWith("under") && !token.lower().startsWith("uni"))
                .map(token -> EnglishTagger.stem(token.lower().substring(2), "VERB")).toList();
    }

    /** Verbs that "short of" follows to say what was not reached or done: "fell short of", "stopped short of". */
    private static final Set<String> SHORT_OF = Set.of("fall", "stop");

    /** Whether a word is the "short" of "fell short of" or "stopped short of", which deny what follows. */
    private static boolean fallsShortOf(List<Token> words, int at) {
        return words.get(at).lower().equals("short") && at > 0 && at + 2 < words.size()
                && words.get(at - 1).is("VERB") && SHORT_OF.contains(words.get(at - 1).stem())
                && words.get(at + 1).lower().equals("of");
    }

    /**
     * "no" that opens a bound on a figure or a date, "no less than 900,000", "no more than", "no later than June":
     * it negates nothing, as "at least" does not.
     */
    private static boolean bound(List<Token> words, int negator) {
        return words.get(negator).lower().equals("no") && negator + 2 < words.size()
                && words.get(negator + 2).lower().equals("than");
    }

    /**
     * The verb of the condition a word such as "unless" opens, up to a comma: its first verb, or the participle
     * after a form of "be" that the tagger takes for an adjective ("unless run-off is cut/ADJ").
     */
    private static Optional<String> conditionsVerb(List<Token> words, int conjunction) {
        for (int i = conjunction + 1; i < words.size() && !words.get(i).lower().equals(","); i++) {
            if (words.get(i).is("VERB") || words.get(i).is("ADJ") && Grammar.PASSIVE_AUXILIARIES.contains(words.get(i - 1).lower())) {
                return Optional.of(words.get(i).stem());
            }
        }
        return Optional.empty();
    }

    /**
     * The verbs of the clauses a clause denies ("denied that the cuts had affected safety": the affecting), as
     * does one that rejects what was said ("rejected claims that the cuts had affected safety").
     */
    static List<String> deniedIn(List<Token> words) {
        List<String> denied = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is("VERB") && words.get(i).stem().equals(Grammar.DENY)) {
                clauseVerbAfter(words, i).ifPresent(denied::add);
            }
            if (rejectsClaim(words, i)) {
                clauseVerbAfter(words, i + 1).ifPresent(denied::add);
            }
        }
        return denied;
    }

    /** Whether a verb of rejecting takes a noun of saying and the clause it opens: "rejected claims that". */
    private static boolean rejectsClaim(List<Token> words, int verb) {
        return words.get(verb).is("VERB") && Grammar.REJECTING.contains(words.get(verb).stem()) && verb + 2 < words.size()
                && words.get(verb + 1).is("NOUN") && Grammar.CLAIMS.contains(words.get(verb + 1).stem())
                && words.get(verb + 2).lower().equals("that");
    }

    /**
     * The word a negation applies to: the next content word; after "no" or "without", which open a noun phrase, the
     * noun that phrase ends in, past any possessor ("without other nations' agreement" lacks the agreement, not
     * the nations).
     */
    private static String scope(List<Token> words, int negator) {
        for (int i = negator + 1; i < words.size(); i++) {
            if (words.get(i).content()) {
                return words.get(i).lower().equals(words.get(i).text()) && opensPhrase(words.get(negator))
                        ? phraseNoun(words, i).orElse(words.get(i).stem()) : words.get(i).stem();
            }
        }
        return "";
    }

    private static boolean opensPhrase(Token negator) {
        return negator.lower().equals("no") || negator.lower().equals("without");
    }

    /**
     * The noun a noun phrase of common words ends in, past possessors: "other fishing nations' agreement" (whose
     * apostrophe the tagger may take for punctuation).
     */
    private static Optional<String> phraseNoun(List<Token> words, int start) {
        int noun = -1;
        for (int i = start; i < words.size() && (words.get(i).is("DET", "ADJ", "NUM", "NOUN") || words.get(i).possessive()
                || words.get(i).lower().equals("'") && words.get(i - 1).lower().endsWith("s")); i++) {
            if (words.get(i).is("NOUN")) {
                noun = i;
            }
        }
        return noun >= 0 ? Optional.of(words.get(noun).stem()) : Optional.empty();
    }

    /**
     * The nouns of the objects an indefinite article opens after a negated verb: "has not opened an investigation"
     * says that no investigation has been opened, so a sentence that says so negates no word the support does not.
     * Not among the words a clause negates ({@link #in}), as the object "any" opens is: "would not pay a dividend" is
     * restated by "scrapped its dividend", which says the dividend without a negation.
     */
    static List<String> deniedIndefinites(List<Token> words) {
        List<String> denied = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (Grammar.NEGATORS.contains(words.get(i).lower()) && !bound(words, i)) {
                objectOpenedBy(words, i, INDEFINITE_ARTICLES).ifPresent(denied::add);
            }
        }
        return denied;
    }

    /**
     * The noun of the object one of these words opens after a negated verb: "had not received any report" says no
     * report was received, as "no report had reached it" does, so the report is negated too.
     */
    private static Optional<String> objectOpenedBy(List<Token> words, int negator, Set<String> openers) {
        int verb = Grammar.nextVerb(words, negator + 1);
        if (verb < 0 || verb + 1 >= words.size() || !openers.contains(words.get(verb + 1).lower())) {
            return Optional.empty();
        }
        int end = nominalsEnd(words, verb + 2);
        return end > verb + 2 && words.get(end - 1).is("NOUN", "PROPN") ? Optional.of(words.get(end - 1).stem())
                : Optional.empty();
    }

    /**
     * The verb of the infinitive that a negated adjective takes: "had not been able to cope" says they did not
     * cope, as "were unable to cope" does.
     */
    private static Optional<String> adjectivesInfinitive(List<Token> words, int negator) {
        for (int i = negator + 1; i + 1 < words.size(); i++) {
            if (words.get(i).content()) {
                int verb = words.get(i).is("ADJ") && words.get(i + 1).lower().equals("to")
                        ? Grammar.nextVerb(words, i + 2) : -1;
                return verb >= 0 ? Optional.of(words.get(verb).stem()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a negator stands in the verb group before this verb: "had not ruled out", "has never ruled out". */
    private static boolean negatedVerb(List<Token> words, int verb) {
        for (int i = verb - 1; i >= 0 && words.get(i).is("AUX", "ADV", "PART"); i--) {
            if (Grammar.NEGATORS.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The content words of the phrases "rather than" and "instead of" set against another: "instead of Riga". */
    static List<String> setAgainst(List<Token> words) {
        List<String> against = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (setsAgainst(words, i)) {
                against.addAll(phraseAfter(words, i + 1));
            }
        }
        return against;
    }

    /**
     * "fishing was not the main cause": a "not" between "be" and the noun phrase it says its subject is denies that
     * of the subject, as "the warming, not fishing, was the main cause" does, not of the phrase's first word. Not
     * before an indefinite article: "power cuts were not a risk" denies the risk, as "no risk of power cuts" does. The
     * subject is a content word, or one the tagger takes for a pronoun that is none ("fishing/PRON").
     */
    private static Optional<String> deniedSubject(List<Token> words, int negator) {
        Token subject = negator > 1 ? words.get(negator - 2) : null;
        boolean copula = subject != null && words.get(negator).lower().equals("not")
                && Grammar.PASSIVE_AUXILIARIES.contains(words.get(negator - 1).lower())
                && (subject.content() || subject.is("PRON") && !Grammar.PRONOUNS.contains(subject.lower()))
                && negator + 1 < words.size() && words.get(negator + 1).is("DET")
                // "power cuts were not a risk" says what they are not, as "there was no risk of power cuts" does:
                // an indefinite phrase classes its subject, where a definite one picks it out among others
                && !INDEFINITE_ARTICLES.contains(words.get(negator + 1).lower());
        return copula ? Optional.of(subject.stem()) : Optional.empty();
    }

    /** "rather than" and "instead of", which set the phrase after them against another, as ", not" does. */
    private static boolean setsAgainst(List<Token> words, int at) {
        return at > 0 && (words.get(at).lower().equals("than") && words.get(at - 1).lower().equals("rather")
                || words.get(at).lower().equals("of") && words.get(at - 1).lower().equals("instead"));
    }

    /**
     * The content words of the noun phrase that starts here, past prepositions and determiners ("on its own
     * work"), or the verb there ("rather than resign").
     */
    private static List<String> phraseAfter(List<Token> words, int from) {
        int start = from;
        while (start < words.size() && words.get(start).is("ADP", "DET")) {
            start++;
        }
        if (start < words.size() && words.get(start).is("VERB")) {
            return List.of(words.get(start).stem());
        }
        return phraseAt(words, start);
    }

    /** The content words of the noun phrase that starts right here, if one does. */
    private static List<String> phraseAt(List<Token> words, int start) {
        List<Token> rest = words.subList(Math.min(start, words.size()), words.size());
        List<NounPhrase> phrases = NounPhrases.in(rest);
        if (phrases.isEmpty() || phrases.get(0).start() != 0) {
            return List.of();
        }
        return rest.subList(0, phrases.get(0).end()).stream().filter(Token::content).map(Token::stem).toList();
    }

    /**
     * The content words of the phrase "not" sets against another ("by the foundation and not by any maker of
     * trackers", "from the foundation, not from tracker makers"): what is negated is the phrase, whichever of
     * its words comes first.
     */
    private static List<String> negatedPhrase(List<Token> words, int negator) {
        int start = negator + 1;
        while (start < words.size() && words.get(start).is("ADP", "DET") && !Grammar.NEGATORS.contains(words.get(start).lower())) {
            start++;
        }
        // set against another after a comma or "and"/"but", not "for not reporting transactions", which negates
        // the reporting alone
        boolean setAgainst = negator > 0 && (words.get(negator - 1).lower().equals(",") || words.get(negator - 1).is("CCONJ"));
        if (!words.get(negator).lower().equals("not") || start >= words.size() || !setAgainst) {
            return List.of();
        }
        return phraseAt(words, start);
    }

    /**
     * "None of the caustic soda on board, some 6,500 tonnes, leaked out": "none" or "neither" with "of" is the
     * subject of a verb after its phrase (and any apposition set off by commas), and denies that verb, as "did not
     * leak any of its cargo" does, not the first word of the phrase ("caustic"), which the sentence says of what it
     * does not deny.
     */
    private static Optional<String> partitivesVerb(List<Token> words, int negator) {
        if (!words.get(negator).lower().matches("none|neither") || negator + 2 >= words.size()
                || !words.get(negator + 1).lower().equals("of")) {
            return Optional.empty();
        }
        int end = phraseEnd(words, negator + 2);
        if (end == negator + 2) {
            return Optional.empty();
        }
        if (end < words.size() && words.get(end).lower().equals(",")) {
            int close = nominalsEnd(words, end + 1);
            if (close > end + 1 && close < words.size() && words.get(close).lower().equals(",")) {
                end = close + 1;
            }
        }
        int verb = Grammar.nextVerb(words, end);
        return verb >= 0 ? Optional.of(words.get(verb).stem()) : Optional.empty();
    }

    /**
     * The verb whose subject a negation opens: "no buyer had been found" negates the finding as "had not found
     * a buyer" does, and "said nobody was hurt" the hurting.
     */
    private static Optional<String> negatedSubjectsVerb(List<Token> words, int negator) {
        if (!words.get(negator).lower().matches("no|none|nobody|nothing|neither")) {
            return Optional.empty();
        }
        int verb = Grammar.nextVerb(words, phraseEnd(words, negator + 1));
        return verb >= 0 ? Optional.of(words.get(verb).stem()) : Optional.empty();
    }

    /**
     * The verb of the clause a verb such as "denied" takes right after it ("denied that the cuts had affected",
     * "denied it had held"), if it takes one: "denied the claim" takes none, nor does "denies accusations by the
     * opposition that it cut", whose clause belongs to the noun.
     */
    private static Optional<String> clauseVerbAfter(List<Token> words, int verb) {
        int i = verb + 1;
        if (i < words.size() && words.get(i).lower().equals("that") && words.get(i).is("SCONJ")) {
            i++;
        }
        for (; i < words.size(); i++) {
            if (words.get(i).is("VERB")) {
                return Optional.of(words.get(i).stem());
            }
            if (!words.get(i).is("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "AUX", "ADV", "PART")) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The verb whose object a negation opens: "had broken no law" negates the breaking as "had not broken any
     * law" does. Not when the phrase is the subject of a verb after it: "said no one was hurt" negates no saying.
     */
    private static Optional<String> negatedObjectsVerb(List<Token> words, int negator) {
        // "there was no evidence": a form of "be" or "have" before it says that nothing exists, negating no act
        if (negator == 0 || !words.get(negator - 1).is("VERB") || !Grammar.NEGATORS.contains(words.get(negator).lower())
                || Grammar.AUXILIARIES.contains(words.get(negator - 1).lower())
                || words.get(negator).lower().matches("not|n't|never|without|cannot|nor")) {
            return Optional.empty();
        }
        return Grammar.nextVerb(words, phraseEnd(words, negator + 1)) >= 0 ? Optional.empty()
                : Optional.of(words.get(negator - 1).stem());
    }

    /**
     * Where the noun phrase that starts here ends, with the phrases of prepositions that follow it: "no report of a
     * damaged rail on the line" before "had reached it", whose subject it is.
     */
    private static int phraseEnd(List<Token> words, int start) {
        int end = nominalsEnd(words, start);
        while (end > start && end + 1 < words.size() && words.get(end).is("ADP") && words.get(end + 1).nominal()) {
            end = nominalsEnd(words, end + 1);
        }
        return end;
    }

    /** Where the run of nominal words (determiners, adjectives, nouns…) that starts here ends. */
    private static int nominalsEnd(List<Token> words, int start) {
        int end = start;
        while (end < words.size() && words.get(end).nominal()) {
            end++;
        }
        return end;
    }

    /**
     * The verb of a clause that a noun after "no" takes: "there was no evidence (that) they had been stolen"
     * gives no ground for "they had been stolen", so a sentence saying they were drops a negation.
     */
    private static Optional<String> negatedNounsClause(List<Token> words, int negator) {
        if (!words.get(negator).lower().equals("no")) {
            return Optional.empty();
        }
        int end = negator + 1;
        while (end < words.size() && words.get(end).is("ADJ", "NOUN")) {
            end++;
        }
        if (end == negator + 1 || end >= words.size()) {
            return Optional.empty();
        }
        int clause = words.get(end).lower().equals("that") && words.get(end).is("SCONJ") ? end + 1 : end;
        if (clause >= words.size() || !words.get(clause).is("PRON", "DET", "NOUN", "PROPN")) {
            return Optional.empty();
        }
        for (int i = clause; i < words.size(); i++) {
            if (words.get(i).is("VERB")) {
                return Optional.of(words.get(i).stem());
            }
            if (!words.get(i).nominal() && !words.get(i).is("AUX", "ADV", "PART")) {
                break;
            }
        }
        return Optional.empty();
    }
}
