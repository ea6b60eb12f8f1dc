package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;
import org.newsdesk.text.WordForms;

/**
 * A sentence is as sure as the words it rests on: no hedge added or dropped, no suspicion said as a fact, nothing
 * not yet done said as done, and no accusation said as a verdict.
 */
final class ModalityCheck {

    private ModalityCheck() {
    }

    /** A verdict ("convicted", "found guilty", "acquitted") the sentence states and the support does not. */
    static List<Problem> verdictsAdded(String claim, Statement said, Statement source) {
        List<Problem> problems = new ArrayList<>();
        Set<Set<String>> given = verdictsIn(source);
        for (Set<String> verdict : verdictsIn(said)) {
            if (!given.contains(verdict)) {
                problems.add(new Problem(Kind.CHANGED_MODALITY, claim));
            }
        }
        return problems;
    }

    /**
     * The verdicts a text states ({@link Grammar#VERDICTS}), a negated one as the other: "found not guilty" states
     * an acquittal.
     */
    private static Set<Set<String>> verdictsIn(Statement text) {
        Set<String> negated = text.clauses.stream().flatMap(clause -> clause.negated().stream()).collect(Collectors.toSet());
        Set<Set<String>> verdicts = new HashSet<>();
        for (Set<String> verdict : Grammar.VERDICTS) {
            boolean stated = verdict.stream().anyMatch(text.stems::contains);
            boolean denied = stated && verdict.stream().filter(text.stems::contains).allMatch(negated::contains);
            if (stated && !denied) {
                verdicts.add(verdict);
            } else if (denied) {
                Grammar.VERDICTS.stream().filter(other -> other != verdict).forEach(verdicts::add);
            }
        }
        if (findsEstablished(text.tokens) && !negated.contains(Grammar.FINDING)) {
            verdicts.add(Set.of(Grammar.FINDING));
        }
        return verdicts;
    }

    /**
     * "were found to have sorted ballots", "has found that the owner sent the ship to sea": a finding, which gives
     * as established what an accusation only claims, as a verdict does ("found guilty" is a verdict of its own).
     * The "that" is the finding's whatever the tagger makes of it ("found that/PRON Brightwater had misled").
     */
    private static boolean findsEstablished(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (tokens.get(i).is("VERB") && tokens.get(i).stem().equals(Grammar.FINDING) && tokens.get(i).lower().equals("found")
                    && (next.lower().equals("to") && next.is("PART") || next.lower().equals("that") && next.is("SCONJ", "PRON"))) {
                return true;
            }
            // "after finding that he had used an engine", the gerund or the noun whatever the tagger makes of it,
            // gives the finding as "found that he had used" does
            if (tokens.get(i).lower().equals("finding") && next.lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause surer or less sure than the support says what it says ("likely to" restates "is expected to", not
     * "may"), or surer than its restated clause in what it suspects or leaves undone.
     */
    static boolean changes(String claim, Statement said, Clause clause, Clause restated, Statement source) {
        return changesDegree(clause, restated, source) && !canForCould(clause, restated) && !couldForAbleTo(clause, restated)
                && !shouldForExpected(clause, restated) && !attributesAsSupportDoes(clause, restated)
                && !expectsAsSupportDoes(clause, restated) || statesSuspicionAsFact(claim, said, clause, restated)
                || punishesSuspicion(clause, restated) || statesUnrealisedAsDone(said, clause, restated)
                || dropsProvisional(said, clause, restated) || jailsSuspended(said, clause, restated);
    }

    /**
     * "was sentenced to 18 months in prison" for "received a suspended sentence of 18 months": a suspended
     * sentence is not served, so a term in prison or jail the sentence has no "suspended" for is another penalty.
     */
    private static boolean jailsSuspended(Statement said, Clause clause, Clause restated) {
        List<String> given = restated.words().stream().map(Token::lower).toList();
        return given.contains("suspended") && given.stream().anyMatch(word -> word.startsWith("sentence"))
                && clause.words().stream().anyMatch(word -> Grammar.PENAL_PLACES.contains(word.lower()))
                && said.tokens.stream().noneMatch(word -> word.lower().startsWith("suspend"));
    }

    /**
     * "after being suspended" for "after being provisionally suspended": the clause says the word the support
     * gives as for now only, and the sentence has no word that keeps it so.
     */
    private static boolean dropsProvisional(Statement said, Clause clause, Clause restated) {
        List<Token> words = restated.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (provisional(words.get(i)) && clause.content().contains(words.get(i + 1).stem())
                    && said.tokens.stream().noneMatch(ModalityCheck::provisional)) {
                return true;
            }
        }
        return false;
    }

    private static boolean provisional(Token word) {
        return Grammar.PROVISIONAL.stream().anyMatch(word.lower()::startsWith);
    }

    /**
     * A penalty for what the support only suspects: "the regulator said it had fined the trader for insider trading"
     * for "said it was investigating him on suspicion of insider trading". The penalty states the act established,
     * so, unlike the suspicion said as fact, whose words give it does not matter.
     */
    private static boolean punishesSuspicion(Clause clause, Clause restated) {
        return clause.words().stream().anyMatch(word -> word.is("VERB") && Grammar.PENALTIES.contains(word.stem())
                && !restated.content().contains(word.stem()))
                && clause.slots().stream().anyMatch(slot -> slot.key().startsWith("prep:for:")
                && slot.who().words().stream().anyMatch(restated.suspected()::contains));
    }

    /**
     * Whether a clause is surer or less sure of what it says than the support: each of its own verbs (not those
     * of saying, nor "be" or "have"), by the words of its own predicate ({@link Certainty#degreeOf}), as sure as
     * the support is of that verb wherever it says it, by its predicate's words or its whole clause's (the
     * clause alone rejected "is to be shipped ..., and is expected to get there" for "will be shipped ..., where
     * it is expected to arrive"; the predicate alone, measured on the lies corpus, rejected one more faithful
     * claim of the held-out half); or, when the support says none of them, the clause as sure as the restated
     * one. "said the company might sell its bus division, but that no buyer had
     * been found" is sure that no buyer was found: "Lund said the company had not found a buyer for the
     * division" drops no hedge, though the clause that shares most of its words is the selling one.
     */
    private static boolean changesDegree(Clause clause, Clause restated, Statement source) {
        boolean compared = false;
        Set<Certainty.Degree> unsaid = new HashSet<>();
        List<Integer> unsaidAt = new ArrayList<>();
        for (int i = 0; i < clause.words().size(); i++) {
            Token word = clause.words().get(i);
            if (!ownPredicate(clause.words(), i)) {
                continue;
            }
            Set<Certainty.Degree> degrees = new HashSet<>();
            for (Clause other : source.clauses) {
                for (int j = 0; j < other.words().size(); j++) {
                    if (predicate(other.words(), j) && other.words().get(j).stem().equals(word.stem())) {
                        degrees.add(Certainty.degreeOf(other.words(), j));
                        degrees.add(other.certainty());
                    }
                }
            }
            if (!degrees.isEmpty() && !degrees.contains(Certainty.degreeOf(clause.words(), i))) {
                return true;
            }
            compared |= !degrees.isEmpty();
            if (degrees.isEmpty()) {
                unsaid.add(Certainty.degreeOf(clause.words(), i));
                unsaidAt.add(i);
            }
        }
        if (compared && unsaidAt.stream().anyMatch(at -> surerThanItsNounsPredicate(clause, at, source))) {
            return true;
        }
        return !compared && !asSureAsTheSupportsOtherVerbs(unsaid, clause, source)
                && wordsDegree(clause, restated, source) != clause.certainty();
    }

    /**
     * Whether a verb the support never says is surer than the support is of the noun it takes as subject or object,
     * where the support says of that noun only an adjective after a form of "be": "summoned both sides to talks
     * and said an agreement would be reached" for "... and said an agreement was possible". The clause's other
     * verbs, which the support says as surely, leave this one uncompared otherwise.
     */
    private static boolean surerThanItsNounsPredicate(Clause clause, int at, Statement source) {
        Token verb = clause.words().get(at);
        Set<String> nouns = clause.slots().stream()
                .filter(slot -> slot.core() && slot.key().endsWith(":" + verb.stem()) && slot.who().head() != null)
                .map(slot -> slot.who().head()).collect(Collectors.toSet());
        Certainty.Degree own = Certainty.degreeOf(clause.words(), at);
        for (Clause other : source.clauses) {
            List<Token> words = other.words();
            for (int j = 0; j + 2 < words.size(); j++) {
                if (!words.get(j).is("NOUN") || !nouns.contains(words.get(j).stem())
                        || !Grammar.PASSIVE_AUXILIARIES.contains(words.get(j + 1).lower())) {
                    continue;
                }
                int adjective = j + 2;
                while (adjective < words.size() && words.get(adjective).is("ADV")
                        && !Grammar.NEGATORS.contains(words.get(adjective).lower())) {
                    adjective++;
                }
                if (adjective < words.size() && words.get(adjective).is("ADJ")
                        && !clause.content().contains(words.get(adjective).stem())
                        && own.compareTo(Certainty.degreeOf(words, adjective)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word heads a predicate whose certainty is the clause's own: not a verb of saying, nor one of
     * expecting (a verb of expecting is the hedge, not what it hedges: "Isavia said it expected the airport to open"
     * is as sure of the opening as "the airport was expected to reopen", though the one says who expects it), nor
     * "according" of "according to", an auxiliary, a verb in -ing describing a noun, or one of a condition.
     */
    private static boolean ownPredicate(List<Token> words, int i) {
        Token word = words.get(i);
        boolean according = word.lower().equals("according") && i + 1 < words.size() && words.get(i + 1).lower().equals("to");
        return predicate(words, i) && !Attributions.reports(word.text()) && !according
                && !(word.is("VERB") && Grammar.EXPECTING.contains(word.stem()))
                && !Grammar.AUXILIARIES.contains(word.lower()) && !modifiesNoun(words, i) && !conditional(words, i);
    }

    /**
     * Whether the verbs of a clause that the support never says are each as sure as one of the support's own verbs
     * that the clause does not say either: a verb put for another ("might be lengthened" for "might be extended",
     * "might give up" for "could abandon") keeps the hedge of the one it rewords, whatever the nouns around it.
     */
    private static boolean asSureAsTheSupportsOtherVerbs(Set<Certainty.Degree> unsaid, Clause clause, Statement source) {
        if (unsaid.isEmpty()) {
            return false;
        }
        Set<Certainty.Degree> others = new HashSet<>();
        for (Clause other : source.clauses) {
            for (int j = 0; j < other.words().size(); j++) {
                if (other.words().get(j).is("VERB") && ownPredicate(other.words(), j)
                        && !clause.content().contains(other.words().get(j).stem())) {
                    others.add(Certainty.degreeOf(other.words(), j));
                }
            }
        }
        return others.containsAll(unsaid);
    }

    /**
     * Whether a verb in -ing right after a noun describes that noun ("tests comparing samples ... will come"), so is
     * no predicate of the clause whose certainty it could stand for.
     */
    private static boolean modifiesNoun(List<Token> words, int at) {
        return at > 0 && words.get(at).lower().endsWith("ing") && words.get(at - 1).is("NOUN", "PROPN");
    }

    /**
     * Whether a verb is in a condition, after "if" or "unless" with no comma between: "If claims returned to normal
     * levels, Skjold was likely to be profitable" supposes the returning, and is not to be held to the support's
     * "likely to return to profit" because it shares the word.
     */
    private static boolean conditional(List<Token> words, int at) {
        for (int k = at - 1; k >= 0 && !words.get(k).lower().equals(","); k--) {
            if (words.get(k).lower().equals("if") || words.get(k).lower().equals("unless") || invertedShould(words, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "should" that opens a condition by coming before its subject ("could be lengthened should further evidence
     * come to light", "if further evidence came"): right after a verb or a comma, or first, rather than after a subject.
     */
    private static boolean invertedShould(List<Token> words, int at) {
        return words.get(at).lower().equals("should") && (at == 0 || words.get(at - 1).is("VERB")
                || words.get(at - 1).lower().equals(","));
    }

    /**
     * Whether the word at this index heads a predicate: a verb, or an adjective right after a form of "be" ("a
     * replacement would be ready" states the readiness as surely as "will arrive" states the arriving, where "could
     * be ready" only allows it; with the verbs alone the hedge on "be ready" was never compared).
     */
    private static boolean predicate(List<Token> words, int at) {
        return words.get(at).is("VERB") || words.get(at).is("ADJ") && at > 0
                && Grammar.PASSIVE_AUXILIARIES.contains(words.get(at - 1).lower());
    }

    /**
     * How sure the support is of a clause none of whose verbs it says: as sure as the least sure of the support's
     * predicates whose words it restates, each word by its predicate's words up to it ("it had been due to open/ADJ
     * in March" is as sure as "The bridge was due to open in March", though the clause goes on "and is now
     * expected to carry"; "was damaged/ADJ during the theft" is not as sure as "may have been damaged during the
     * theft"); or, when it restates none, as sure as the restated clause.
     */
    private static Certainty.Degree wordsDegree(Clause clause, Clause restated, Statement source) {
        Certainty.Degree least = null;
        for (Clause other : source.clauses) {
            for (int j = 0; j < other.words().size(); j++) {
                if (other.words().get(j).content() && clause.content().contains(other.words().get(j).stem())) {
                    Certainty.Degree degree = Certainty.degreeOf(other.words(), j);
                    least = least == null || degree.compareTo(least) > 0 ? degree : least;
                }
            }
        }
        return least == null ? restated.certainty() : least;
    }

    /**
     * "can" for "could", or the other way round: reported speech puts the present's "can" in the past ("said she
     * could still challenge it" is "she can still challenge it"), so the one restates the other, still possible.
     */
    private static boolean canForCould(Clause clause, Clause restated) {
        return says(clause, "can") && says(restated, "could") || says(clause, "could") && says(restated, "can");
    }

    /**
     * "could" or "can" for "able to": "customers could sign in with passwords" for "customers would be able to log in
     * with passwords". The modal says the ability the restated clause gives by the adjective, no more doubt.
     */
    private static boolean couldForAbleTo(Clause clause, Clause restated) {
        List<Token> given = restated.words();
        boolean able = false;
        for (int i = 0; i + 1 < given.size(); i++) {
            able |= given.get(i).lower().equals("able") && given.get(i + 1).lower().equals("to");
        }
        return able && (says(clause, "could") || says(clause, "can"))
                && clause.words().stream().filter(Certainty::hedge).allMatch(word -> word.lower().equals("could") || word.lower().equals("can"));
    }

    /**
     * "should" for what the restated clause gives as probable: "talks should resume on Friday" for "talks are
     * expected to resume on Friday". "Should" says what is probable or what ought to be, and is no hedge when it
     * says the second ("the board should resign"), so only an unhedged clause of it restates a probable one.
     */
    private static boolean shouldForExpected(Clause clause, Clause restated) {
        return says(clause, "should") && !clause.hedged() && restated.certainty() == Certainty.Degree.PROBABLE;
    }

    /**
     * "for allegedly spying" for "accusing them of spying": a hedge that says whose claim it is ("allegedly",
     * "reportedly"), where the restated clause gives it as an accusation or as someone's words, adds no doubt.
     */
    private static boolean attributesAsSupportDoes(Clause clause, Clause restated) {
        // a hedge no word of which says whose claim it is ("was possible") is none of these
        List<Token> hedges = clause.words().stream().filter(Certainty::hedge).toList();
        boolean onlyAttributing = !hedges.isEmpty() && hedges.stream()
                .allMatch(word -> Grammar.ATTRIBUTING_HEDGES.contains(word.lower()));
        return clause.hedged() && !restated.hedged() && onlyAttributing && restated.words().stream()
                .anyMatch(word -> Certainty.suspicion(word) || Attributions.reports(word.text()));
    }

    /**
     * "because traders expected Ghana to supply more" for "as traders expected more supply from Ghana": a clause
     * made probable only by a verb of expecting that the support gives the same subject ("traders expected") says
     * whose expectation it is as the support does, whether what is expected is a clause or a noun. A modal hedge
     * ("may", "likely") is still a hedge of its own.
     */
    private static boolean expectsAsSupportDoes(Clause clause, Clause restated) {
        if (clause.certainty() != Certainty.Degree.PROBABLE || clause.words().stream().anyMatch(Certainty::hedge)) {
            return false;
        }
        List<Token> words = clause.words();
        List<Token> support = restated.words();
        for (int i = 1; i < words.size(); i++) {
            Token verb = words.get(i);
            Token subject = words.get(i - 1);
            if (verb.is("VERB") && Grammar.EXPECTING.contains(verb.stem()) && subject.is("NOUN", "PROPN")) {
                for (int j = 1; j < support.size(); j++) {
                    if (support.get(j).is("VERB") && support.get(j).stem().equals(verb.stem())
                            && support.get(j - 1).stem().equals(subject.stem())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean says(Clause clause, String modal) {
        return clause.words().stream().anyMatch(word -> word.lower().equals(modal) && word.is("AUX"));
    }

    /**
     * What the support gives as a suspicion ("arrested on suspicion of starting the fire") said as a fact ("he
     * started the fire"): the clause says a word of the suspicion, and the sentence has no word of suspicion
     * or hedge at all, nor says whose words it gives ("Kyiv says Moscow abducted" restates "Kyiv has accused
     * Moscow of abducting").
     */
    private static boolean statesSuspicionAsFact(String claim, Statement said, Clause clause, Clause restated) {
        return clause.content().stream().anyMatch(restated.suspected()::contains) && !Attributions.keptIn(claim)
                && said.tokens.stream().noneMatch(token -> Certainty.suspicion(token) || Grammar.HEDGES.contains(token.lower()));
    }

    /**
     * What the support gives as not yet done said as done: "the deal, approved by regulators" for "the deal,
     * which still needs approval from regulators"; "will make a decision" for "is expected to make a decision".
     * A verb of the clause that its restated clause says only after a verb such as "expected", "needs" or
     * "ordered", with nothing before it in the sentence that leaves it undone ("expected", "if", "to", "would");
     * or that it gives in the future ("would publish a report") in a past form ("has published a report" is done),
     * with nothing that leaves it undone or puts it in the future ("will publish") before it. A present or a
     * participle ("a budget cutting the deficit" for "a budget that would cut it") says nothing done.
     */
    private static boolean statesUnrealisedAsDone(Statement said, Clause clause, Clause restated) {
        Set<String> future = Certainty.future(restated.words());
        for (Token word : clause.words()) {
            boolean expected = restated.unrealised().contains(word.stem());
            // a verb of expecting itself ("forecasts revenue" for "expects revenue, down from a forecast") states
            // nothing as done
            if (!word.is("VERB") || !expected && !(future.contains(word.stem()) && past(word))
                    || Grammar.UNREALISED.contains(word.stem())) {
                continue;
            }
            boolean leftUndone = false;
            for (Token before : said.tokens) {
                if (before == word) {
                    break;
                }
                // a word of expecting leaves it undone whatever the tagger makes of it: "the company's expected/NOUN
                // output" restates "the company expects to produce"
                leftUndone |= Grammar.UNREALISING.contains(before.lower()) || Grammar.HEDGES.contains(before.lower())
                        || Grammar.UNREALISED.contains(before.stem()) || !expected && Grammar.FUTURE.contains(before.lower());
            }
            if (!leftUndone) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb is in a past form: "published", "took", not "publish", "publishes" or "publishing". */
    private static boolean past(Token verb) {
        return verb.lower().endsWith("ed") || !verb.lower().endsWith("ing") && !verb.lower().endsWith("s")
                && !WordForms.base(verb.lower(), "VERB").equals(verb.lower());
    }
}
