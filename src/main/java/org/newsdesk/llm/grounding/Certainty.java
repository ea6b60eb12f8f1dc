package org.newsdesk.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How sure a clause is of what it says: hedged by a modal or an adverb ("may", "allegedly"); which of its
 * content words it gives as a suspicion (after "on suspicion of", "accused of"); and which only as not yet
 * done (after "is expected to", "needs", "ordered").
 */
final class Certainty {

    private Certainty() {
    }

    /** How sure a clause is of what it says, from the surest: "closed", "is likely to close", "may close". */
    enum Degree { CERTAIN, PROBABLE, POSSIBLE }

    /** A modal verb or adverb that makes a statement possible rather than so: "may", "allegedly". */
    static boolean hedge(Token word) {
        return Grammar.HEDGES.contains(word.lower()) && (word.is("AUX", "ADV") || word.lower().endsWith("ly"));
    }

    /**
     * The degree of certainty of a clause, by its most doubtful hedge: "likely", "probably" and "is expected to"
     * make it probable (one restates the other), "may", "could", "allegedly" possible. "30 percent less likely"
     * compares chances and "could not" denies an ability: they hedge nothing.
     */
    static Degree degree(List<Token> words) {
        Degree degree = Degree.CERTAIN;
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            boolean comparison = word.is("ADJ") && i > 0 && Grammar.COMPARATIVES.contains(words.get(i - 1).lower());
            // "could not cope" says they were unable to, as surely as "cannot" does; "may not" still hedges
            boolean inability = word.lower().equals("could") && i + 1 < words.size()
                    && Grammar.NEGATORS.contains(words.get(i + 1).lower());
            Degree of = Degree.CERTAIN;
            // "were more likely to suffer" compares chances as "30 percent less likely" does, said of its subject by
            // "be" or not; "the most likely cause" still hedges its noun
            boolean chances = i > 0 && (words.get(i - 1).lower().equals("more") || words.get(i - 1).lower().equals("less"));
            if (hedge(word) && !comparison && !inability && !purpose(words, i) || hedgesItsNoun(words, i) && !chances) {
                of = Grammar.PROBABLE_HEDGES.contains(word.lower()) ? Degree.PROBABLE : Degree.POSSIBLE;
            } else if (expects(words, i)) {
                of = Degree.PROBABLE;
            } else if (facesPenalty(words, i)) {
                of = Degree.POSSIBLE;
            }
            degree = of.compareTo(degree) > 0 ? of : degree;
        }
        return degree;
    }

    private static final Set<String> FACE = Set.of("face", "faces", "faced", "facing");

    /**
     * Whether "face" takes a penalty: "face fines of up to 500,000 crowns", "faces ten years in prison" say what
     * they risk, as "could be fined" does, not what was imposed. The penalty is in its object, before any verb or
     * comma.
     */
    private static boolean facesPenalty(List<Token> words, int at) {
        // the tagger takes "face" after its subject for a noun as often as for a verb ("drivers face/NOUN fines")
        boolean verb = FACE.contains(words.get(at).lower()) && (words.get(at).is("VERB")
                || at > 0 && words.get(at - 1).is("NOUN", "PROPN", "PRON"));
        if (!verb) {
            return false;
        }
        for (int i = at + 1; i < words.size() && i <= at + 8; i++) {
            Token word = words.get(i);
            if (word.is("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ")) {
                return false;
            }
            // and "a fine/ADJ" for an adjective
            if (Grammar.PENALTIES.stream().anyMatch(penalty -> word.lower().matches(penalty + "(?:e|s|es|ce|ces|ment|ments)?"))
                    || Grammar.PENAL_PLACES.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a modal is that of a purpose clause, "so" (or "so that") and its subject before it: "moved to Iten so
     * he could train" says what for, as "to train" does, and doubts nothing.
     */
    private static boolean purpose(List<Token> words, int modal) {
        int before = modal - 1;
        while (before > 0 && words.get(before).nominal()) {
            before--;
        }
        if (before == modal - 1) {
            return false;
        }
        if (words.get(before).lower().equals("that") && before > 0) {
            before--;
        }
        return words.get(before).lower().equals("so");
    }

    /**
     * "the possible cost", "a potential buyer": an adjective of possibility before its noun makes what the noun
     * names possible, as "could cost" does ("put the possible cost at 60 million" restates "could cost 60
     * million"), past other adjectives ("a possible close approach", whatever the tagger makes of "close"); before "that", what the clause it takes says ("it was possible that a replacement would be
     * ready" restates "a replacement could be ready"); after a form of "be", what its subject names ("another cut
     * in November was possible" restates "the bank could cut rates again in November"). "as soon as possible"
     * hedges nothing, nor does "was not possible", which denies it.
     */
    private static boolean hedgesItsNoun(List<Token> words, int at) {
        if (!words.get(at).is("ADJ") || !Grammar.HEDGING_ADJECTIVES.contains(words.get(at).lower())) {
            return false;
        }
        int noun = at + 1;
        while (noun + 1 < words.size() && words.get(noun).is("ADJ")) {
            noun++;
        }
        return noun < words.size() && words.get(noun).is("NOUN")
                || at + 1 < words.size() && words.get(at + 1).lower().equals("that") && words.get(at + 1).is("SCONJ")
                || predicative(words, at);
    }

    /** Whether an adjective is said of its subject by a form of "be" before it, adverbs between: "was still possible". */
    private static boolean predicative(List<Token> words, int adjective) {
        int before = adjective - 1;
        while (before >= 0 && words.get(before).is("ADV") && !Grammar.NEGATORS.contains(words.get(before).lower())) {
            before--;
        }
        return before >= 0 && Grammar.PASSIVE_AUXILIARIES.contains(words.get(before).lower());
    }

    /**
     * The degree of certainty of the verb at this word: that of the words of its own predicate up to it, from the
     * last place a new predicate opens before it ({@link #opensPredicate}). "The core will be
     * shipped to Bremerhaven, where it is expected to arrive in April" is sure of the shipping and only expects
     * the arriving; "warned that the layers may have been disturbed and said dating them would take two years"
     * hedges the disturbing, not the taking.
     */
    static Degree degreeOf(List<Token> words, int verb) {
        int start = verb;
        while (start > 0 && !opensPredicate(words, start)) {
            start--;
        }
        Degree degree = degree(words.subList(start, verb + 1));
        if (words.get(start).is("AUX") && expectedClauseAt(words, start) && degree == Degree.CERTAIN) {
            degree = Degree.PROBABLE;
        }
        // "it was possible that a replacement would be ready": the clause that "possible that" takes is hedged
        // all through, though its own predicate opens after it
        for (int i = 0; i < start; i++) {
            // "It was probably contaminated beef ... that the substance came from": a cleft's hedge, on its "it was",
            // hedges the clause its "that" opens, where the predicate is
            if (words.get(i).lower().equals("it") && i + 2 < start && (words.get(i + 1).lower().equals("was")
                    || words.get(i + 1).lower().equals("is")) && words.subList(i + 3, start + 1).stream()
                    .anyMatch(word -> word.lower().equals("that"))) {
                Degree cleft = degree(words.subList(i + 1, i + 3));
                if (cleft.compareTo(degree) > 0) {
                    return cleft;
                }
            }
            if (hedgesItsNoun(words, i) && words.get(i + 1).lower().equals("that")) {
                return Degree.POSSIBLE;
            }
            // "was the most likely source from which the bacteria had spread": a relative clause of a hedged noun
            // is as sure as the noun, as "the bacteria had most likely spread from it" is
            if (hedgesItsNoun(words, i) && relativeClauseOf(words, i, verb)) {
                Degree hedged = Grammar.PROBABLE_HEDGES.contains(words.get(i).lower()) ? Degree.PROBABLE : Degree.POSSIBLE;
                return hedged.compareTo(degree) > 0 ? hedged : degree;
            }
        }
        return degree;
    }

    /**
     * Whether a verb is that of a relative clause right after the noun an adjective goes with, a preposition
     * perhaps before its relative word ("source from which ... had spread"), no other verb before it.
     */
    private static boolean relativeClauseOf(List<Token> words, int adjective, int verb) {
        int noun = adjective + 1;
        while (noun < verb && !words.get(noun).is("NOUN")) {
            noun++;
        }
        int relative = noun + 1 < verb && words.get(noun + 1).is("ADP") ? noun + 2 : noun + 1;
        return relative < verb && Grammar.RELATIVE_PRONOUNS.contains(words.get(relative).lower())
                && words.subList(relative + 1, verb).stream().noneMatch(word -> word.is("VERB"));
    }

    /**
     * Whether a new predicate opens at this word within a clause: a relative word after a comma (", where it
     * is expected"), a subordinating conjunction ("when it first meets", "that the drug could cost"), the first
     * auxiliary of a verb group ("should Benfica win"), a verb right after a noun ("air trapped"), or a
     * conjunction before an auxiliary or a verb of saying ("and is now expected to", "and
     * said"), whose verb group is its own; not "may have been disturbed and moved", where one modal governs both.
     */
    private static boolean opensPredicate(List<Token> words, int at) {
        Token word = words.get(at);
        if (word.lower().equals(";")) {
            return true;
        }
        if (at > 0 && words.get(at - 1).lower().equals(",") && RELATIVE_WORDS.contains(word.lower())) {
            return true;
        }
        // ", police said": the one who says it is no part of the predicate before the comma, hedged or not
        if (at > 0 && words.get(at - 1).lower().equals(",") && word.nominal()) {
            int verb = at;
            while (verb < words.size() && words.get(verb).nominal()) {
                verb++;
            }
            if (verb < words.size() && words.get(verb).is("VERB") && Attributions.reports(words.get(verb).text())) {
                return true;
            }
        }
        // "when it first meets", "that the drug could cost", "if Benfica win", whatever the tagger makes of "when"
        if (word.is("SCONJ") || word.lower().equals("when") || word.lower().equals("where")) {
            return true;
        }
        // "the fee may go up to 45 million euros should Benfica win": a verb group of its own starts at its first
        // auxiliary, which no auxiliary, adverb or "not" before it is part of ("could possibly have been")
        if (word.is("AUX") && at > 0 && !words.get(at - 1).is("AUX", "ADV", "PART")) {
            return true;
        }
        // "could hold air trapped 1.2 million years ago": a verb right after a noun is that noun's own (no modal
        // stands between a subject and its verb), and the trapping is no more hedged than the air
        if (word.is("VERB") && at > 0 && words.get(at - 1).is("NOUN", "PROPN")) {
            return true;
        }
        if (!word.is("CCONJ")) {
            return false;
        }
        int next = at + 1;
        while (next < words.size() && words.get(next).is("ADV")) {
            next++;
        }
        return next < words.size() && (words.get(next).is("AUX") || words.get(next).is("VERB")
                && Attributions.reports(words.get(next).text()));
    }

    /** Words that open a relative clause set off by a comma: ", where it is expected to arrive". */
    private static final Set<String> RELATIVE_WORDS = Set.of("where", "when", "which", "who", "whom");

    /**
     * "is expected to", "is forecast to", "is expected in June": the passive of expecting, by which a report
     * says what is probable without saying who expects it, as the active with an object does ("officials expect
     * the bridge to reopen"). The active alone ("the firm expects to cut jobs") says what its subject plans or
     * forecasts, which {@link #unrealised} already leaves undone.
     */
    private static boolean expects(List<Token> words, int at) {
        if (!words.get(at).is("VERB") || !Grammar.EXPECTING.contains(words.get(at).stem())) {
            return false;
        }
        // "Officials expect the bridge to reopen": an expectation of something else, as probable as "the bridge is
        // expected to reopen, officials said"
        int object = at + 1;
        while (object < words.size() && words.get(object).nominal()) {
            object++;
        }
        boolean ofSomethingElse = object > at + 1 && object < words.size() && words.get(object).lower().equals("to")
                && words.get(object).is("PART") || expectsClause(words, at);
        // "is now expected to": an adverb may stand between the auxiliary and its participle, and so may "not":
        // "is not expected to resume before October" expects it not to, as surely as "is expected to" does
        int auxiliary = at - 1;
        while (auxiliary > 0 && (words.get(auxiliary).is("ADV") || Grammar.NEGATORS.contains(words.get(auxiliary).lower()))) {
            auxiliary--;
        }
        return auxiliary >= 0 && Grammar.PASSIVE_AUXILIARIES.contains(words.get(auxiliary).lower()) || ofSomethingElse;
    }

    /**
     * Whether a verb of expecting takes a clause of its own: "did not think the fault would affect", "expects that
     * prices will fall", which expect as "did not expect the fault to affect" and "expects prices to fall" do.
     */
    private static boolean expectsClause(List<Token> words, int at) {
        int subject = at + 1;
        if (subject < words.size() && words.get(subject).lower().equals("that")) {
            subject++;
        }
        int verb = subject;
        while (verb < words.size() && (words.get(verb).nominal() || words.get(verb).possessive())) {
            verb++;
        }
        return verb > subject && verb < words.size() && words.get(verb).is("AUX")
                && Grammar.FUTURE.contains(words.get(verb).lower());
    }

    /**
     * Whether the verb group that opens at this auxiliary is the clause a verb of expecting takes, past its subject
     * and a "that": "did not think the fault would affect" expects the affecting.
     */
    private static boolean expectedClauseAt(List<Token> words, int start) {
        int verb = start - 1;
        while (verb >= 0 && (words.get(verb).nominal() || words.get(verb).possessive())) {
            verb--;
        }
        if (verb >= 0 && verb < start - 1 && words.get(verb).lower().equals("that")) {
            verb--;
        }
        return verb >= 0 && verb < start - 1 && words.get(verb).is("VERB")
                && Grammar.EXPECTING.contains(words.get(verb).stem()) && expectsClause(words, verb);
    }

    /** A word that makes what follows it a suspicion: "suspected", "on suspicion of", "accused", "alleged". */
    static boolean suspicion(Token token) {
        return Grammar.SUSPICIONS.stream().anyMatch(token.lower()::startsWith);
    }

    /** The content words (by stem) a clause gives as a suspicion: all those after its first word of suspicion. */
    static Set<String> suspected(List<Token> words) {
        Set<String> suspected = new HashSet<>();
        boolean suspicion = false;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            if (suspicion && token.content()) {
                suspected.add(token.stem());
            }
            // "a third suspect" speaks of a person; "suspected of", "on suspicion of", "accused Moscow of",
            // "charged with" and "allegedly" make what follows a suspicion
            suspicion |= suspicion(token) && (suspectsAfter(words, i) || token.lower().endsWith("ly")
                    || token.lower().equals("alleged"));
        }
        return suspected;
    }

    /**
     * The content words (by stem) a clause says only after a verb of expecting, needing or ordering, up to a
     * comma before a new subject and verb or a conjunction before a verb coordinated with it, and nowhere else.
     */
    static Set<String> unrealised(List<Token> words) {
        Set<String> unrealised = new HashSet<>();
        Set<String> realised = new HashSet<>();
        boolean unrealising = false;
        // whether a verb has come since the verb of wanting or needing: before one, what it governs is its object
        boolean governedVerb = false;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            // "may seek the arrest of Marchuk, a prosecutor told reporters": the telling is no part of the seeking
            unrealising &= !(token.lower().equals(",") && clauseFollows(words, i + 1));
            // "threatened the survival of the stock and broke a deal": a verb after its object and "and" is the
            // subject's next predicate, not one more thing threatened ("asked them to stop and leave" governs both)
            unrealising &= !(token.is("CCONJ") && !governedVerb && Grammar.nextVerb(words, i + 1) >= 0);
            if (token.content()) {
                (unrealising ? unrealised : realised).add(token.stem());
            }
            governedVerb = unrealising && (governedVerb || token.is("VERB", "AUX"));
            // "opened an investigation into whether the firm had falsified reports" says no more that it did
            // "14 years later than planned", "as expected": a verb of planning in a comparison plans nothing after it
            boolean compared = i > 0 && (words.get(i - 1).lower().equals("than") || words.get(i - 1).lower().equals("as"));
            if (token.is("VERB") && Grammar.UNREALISED.contains(token.stem()) && !compared || token.lower().equals("whether")) {
                unrealising = true;
                governedVerb = false;
            }
        }
        unrealised.removeAll(realised);
        return unrealised;
    }

    /**
     * The verbs (by stem) a clause gives in the future, each the verb of a group that "will" or "would" opens:
     * "said it would publish a report" has not published it.
     */
    static Set<String> future(List<Token> words) {
        Set<String> future = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).is("AUX") || !Grammar.FUTURE.contains(words.get(i).lower())) {
                continue;
            }
            int verb = i + 1;
            while (verb < words.size() && words.get(verb).is("AUX", "ADV", "PART")) {
                verb++;
            }
            if (verb < words.size() && words.get(verb).is("VERB")) {
                future.add(words.get(verb).stem());
            }
        }
        return future;
    }

    /** Whether a subject and its verb follow: "a prosecutor told", "the court said". */
    private static boolean clauseFollows(List<Token> words, int from) {
        int i = from;
        while (i < words.size() && words.get(i).nominal()) {
            i++;
        }
        return i > from && i < words.size() && words.get(i).is("VERB", "AUX");
    }

    /** Whether "of", "with" or "that" follows a word of suspicion, past its object at most: "accused Moscow of". */
    private static boolean suspectsAfter(List<Token> words, int at) {
        for (int i = at + 1; i < words.size() && !words.get(i).is("VERB", "AUX"); i++) {
            if (Set.of("of", "with", "that").contains(words.get(i).lower())) {
                return true;
            }
            if (!words.get(i).nominal() && !words.get(i).possessive()) {
                return false;
            }
        }
        return false;
    }
}
