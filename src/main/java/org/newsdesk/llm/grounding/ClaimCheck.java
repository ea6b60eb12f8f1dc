package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * Checks one answer sentence against the words of the passage it says it rests on (its support spans):
 * every name ({@link NameCheck}), figure and date ({@link FigureCheck}) of the sentence is in them; each figure
 * still counts what it counts; every clause keeps the negation ({@link NegationCheck}), the meaning
 * ({@link OppositeCheck}), the hedges ({@link ModalityCheck}) and the roles ({@link RoleCheck}) of the clause it
 * restates (who did what to whom, the object of "for", "against", "by", and which way "from ... to ..." goes);
 * two events keep their order ({@link OrderCheck}); no accusation becomes a verdict; and what a passage reports
 * as someone's words stays attributed ({@link AttributionCheck}). English sentences are read with
 * {@link Statement}; a sentence in another language (a translation) is held to its span's figures and
 * negation only.
 */
final class ClaimCheck {

    private ClaimCheck() {
    }

    /**
     * @param claim    the sentence without its citations
     * @param spans    the words it rests on, each already found in its passage
     * @param cited    the passages it cites, whose reported speech it must keep attributed
     * @param shown    everything else the model was shown, where a name a pronoun stands for may come from
     */
    static List<Problem> problems(String claim, List<String> spans, List<GivenPassage> cited, String shown) {
        String support = SupportText.of(spans, cited);
        if (Scripts.mostlyIn(claim) != UnicodeScript.LATIN) {
            return translated(claim, support);
        }
        Statement said = Statement.of(claim);
        Statement source = Statement.of(support);
        List<Problem> problems = new ArrayList<>();
        problems.addAll(NameCheck.problems(claim, said, support, source, shown, cited));
        problems.addAll(FigureCheck.problems(claim, said, support, source, shown));
        problems.addAll(ModalityCheck.verdictsAdded(claim, said, source));
        Map<String, String> described = NameCheck.namedByDescriptions(said, source, shown, cited);
        for (Clause clause : said.clauses) {
            Clause restated = source.restated(clause);
            if (NegationCheck.changes(clause, restated, source)) {
                problems.add(new Problem(Kind.CHANGED_NEGATION, claim));
            }
            if (OppositeCheck.opposes(clause, restated, source)) {
                problems.add(new Problem(Kind.OPPOSITE_MEANING, claim));
            }
            if (ModalityCheck.changes(claim, said, clause, restated, source)) {
                problems.add(new Problem(Kind.CHANGED_MODALITY, claim));
            }
            RoleCheck.swapped(clause, restated, source, described).ifPresent(kind -> problems.add(new Problem(kind, claim)));
            if (FigureCheck.moves(clause, restated, source)) {
                problems.add(new Problem(Kind.MOVED_FIGURE, claim));
            }
        }
        if (FigureCheck.partitiveSwapped(claim, support) || FigureCheck.shareMadeMost(claim, support)
                || FigureCheck.movesDate(said, source)) {
            problems.add(new Problem(Kind.MOVED_FIGURE, claim));
        }
        if (OrderCheck.reverses(said, source)) {
            problems.add(new Problem(Kind.REVERSED_DIRECTION, claim));
        }
        if (AttributionCheck.misattributes(said, source, described) || NameCheck.swapsTitles(said, support)) {
            problems.add(new Problem(Kind.SWAPPED_ROLE, claim));
        }
        if (AttributionCheck.loses(claim, said, spans, cited)) {
            problems.add(new Problem(Kind.LOST_ATTRIBUTION, claim));
        }
        return problems;
    }

    private static List<Problem> translated(String claim, String support) {
        List<Problem> problems = new ArrayList<>(FigureCheck.unsupported(claim, Figures.valuesIn(support)));
        if (NegationCheck.changesInTranslation(claim, support)) {
            problems.add(new Problem(Kind.CHANGED_NEGATION, claim));
        }
        return problems;
    }
}
