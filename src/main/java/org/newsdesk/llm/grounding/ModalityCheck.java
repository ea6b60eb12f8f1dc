package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;

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
        return verdicts;
    }

    /**
     * A clause surer or less sure than the support says what it says ("likely to" restates "is expected to", not
     * "may"), or surer than its restated clause in what it suspects or leaves undone.
     */
    static boolean changes(String claim, Statement said, Clause clause, Clause restated, Statement source) {
        return !certaintiesOf(clause, restated, source).contains(clause.certainty()) && !canForCould(clause, restated)
                && !attributesAsSupportDoes(clause, restated) || statesSuspicionAsFact(claim, said, clause, restated)
                || statesUnrealisedAsDone(said, clause, restated);
    }

    /**
     * How sure the support is of what a clause says: the degrees of the support's clauses that say the clause's
     * own verbs (not those of saying, nor "be" or "have"), or, when it says none of them, of the restated clause.
     * "said the company might sell its bus division, but that no buyer had been found" is sure that no buyer was
     * found: "Lund said the company had not found a buyer for the division" drops no hedge, though the clause
     * that shares most of its words is the selling one.
     */
    private static Set<Certainty.Degree> certaintiesOf(Clause clause, Clause restated, Statement source) {
        Set<String> verbs = clause.words().stream().filter(word -> word.is("VERB") && !Attributions.reports(word.text())
                && !Grammar.AUXILIARIES.contains(word.lower())).map(Token::stem).collect(Collectors.toSet());
        Set<Certainty.Degree> degrees = source.clauses.stream()
                .filter(other -> other.words().stream().anyMatch(word -> word.is("VERB") && verbs.contains(word.stem())))
                .map(Clause::certainty).collect(Collectors.toSet());
        return degrees.isEmpty() ? Set.of(restated.certainty()) : degrees;
    }

    /**
     * "can" for "could", or the other way round: reported speech puts the present's "can" in the past ("said she
     * could still challenge it" is "she can still challenge it"), so the one restates the other, still possible.
     */
    private static boolean canForCould(Clause clause, Clause restated) {
        return says(clause, "can") && says(restated, "could") || says(clause, "could") && says(restated, "can");
    }

    /**
     * "for allegedly spying" for "accusing them of spying": a hedge that says whose claim it is ("allegedly",
     * "reportedly"), where the restated clause gives it as an accusation or as someone's words, adds no doubt.
     */
    private static boolean attributesAsSupportDoes(Clause clause, Clause restated) {
        boolean onlyAttributing = clause.words().stream().filter(Certainty::hedge)
                .allMatch(word -> Grammar.ATTRIBUTING_HEDGES.contains(word.lower()));
        return clause.hedged() && !restated.hedged() && onlyAttributing && restated.words().stream()
                .anyMatch(word -> Certainty.suspicion(word) || Attributions.reports(word.text()));
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
     * "ordered", with nothing before it in the sentence that leaves it undone ("expected", "if", "to", "would").
     */
    private static boolean statesUnrealisedAsDone(Statement said, Clause clause, Clause restated) {
        for (Token word : clause.words()) {
            // a verb of expecting itself ("forecasts revenue" for "expects revenue, down from a forecast") states
            // nothing as done
            if (!word.is("VERB") || !restated.unrealised().contains(word.stem())
                    || Grammar.UNREALISED.contains(word.stem())) {
                continue;
            }
            boolean leftUndone = false;
            for (Token before : said.tokens) {
                if (before == word) {
                    break;
                }
                leftUndone |= Grammar.UNREALISING.contains(before.lower()) || Grammar.HEDGES.contains(before.lower())
                        || before.is("VERB") && Grammar.UNREALISED.contains(before.stem());
            }
            if (!leftUndone) {
                return true;
            }
        }
        return false;
    }
}
