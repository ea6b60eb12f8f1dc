package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * Decides whether an answer is grounded in the passages its model was given. A figure or quotation is
 * checked against the passages its sentence cites, or, in a sentence that cites none, against every
 * passage the answer cites; a name against all the passages given. A quotation in another script than the passages is a translation and is
 * not compared word for word.
 */
public final class GroundingCheck {

    /** Runs of this many words shared with the instructions mean the answer is repeating them. */
    private static final int LEAK_WORDS = 8;

    private final Set<String> instructionRuns;

    /** @param instructions the texts the model was told and must never repeat (its rules, its templates) */
    public GroundingCheck(Collection<String> instructions) {
        this.instructionRuns = new HashSet<>();
        instructions.forEach(text -> instructionRuns.addAll(wordRuns(text)));
    }

    public GroundingReport check(String answer, List<GivenPassage> passages) {
        Map<Integer, GivenPassage> byNumber = byNumber(passages);
        List<AnswerSentence> sentences = AnswerSentences.split(answer);
        Set<Integer> citedAnywhere = new LinkedHashSet<>();
        sentences.forEach(sentence -> sentence.citations().stream().filter(byNumber::containsKey)
                .forEach(citedAnywhere::add));
        Set<Problem> problems = new LinkedHashSet<>();
        for (AnswerSentence sentence : sentences) {
            problems.addAll(problemsOf(sentence, passages, byNumber, citedAnywhere));
        }
        if (citedAnywhere.isEmpty()) {
            problems.add(new Problem(Kind.NO_CITATION, ""));
        }
        return new GroundingReport(List.copyOf(problems));
    }

    /**
     * Whether one sentence can be shown before the answer is complete: it is grounded in the passages it
     * cites itself. A sentence that makes checkable claims without citing yet cannot be shown yet.
     */
    public boolean canShow(AnswerSentence sentence, List<GivenPassage> passages) {
        Map<Integer, GivenPassage> byNumber = byNumber(passages);
        boolean checkable = !Figures.in(withoutCitations(sentence)).isEmpty()
                || !QuotedPhrases.in(sentence.text()).isEmpty();
        if (sentence.citations().isEmpty() && checkable) {
            return false;
        }
        return problemsOf(sentence, passages, byNumber, Set.copyOf(sentence.citations())).isEmpty();
    }

    private List<Problem> problemsOf(AnswerSentence sentence, List<GivenPassage> passages,
                                     Map<Integer, GivenPassage> byNumber, Set<Integer> citedAnywhere) {
        List<Problem> problems = new ArrayList<>();
        List<GivenPassage> cited = new ArrayList<>();
        for (int number : sentence.citations()) {
            if (byNumber.containsKey(number)) {
                cited.add(byNumber.get(number));
            } else {
                problems.add(new Problem(Kind.UNKNOWN_CITATION, "[" + number + "]"));
            }
        }
        List<GivenPassage> support = !cited.isEmpty() ? cited
                : citedAnywhere.stream().map(byNumber::get).toList();
        Set<BigDecimal> supported = new HashSet<>();
        support.forEach(passage -> supported.addAll(Figures.valuesIn(passage.shown())));
        for (Figures.Figure figure : Figures.in(withoutCitations(sentence))) {
            if (!supported.contains(figure.value())) {
                problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, figure.written()));
            }
        }
        for (String phrase : QuotedPhrases.in(sentence.text())) {
            if (isQuotation(phrase, support) && support.stream().noneMatch(p -> QuotedPhrases.appearsIn(phrase, p.shown()))) {
                problems.add(new Problem(Kind.UNSUPPORTED_QUOTE, phrase));
            }
        }
        for (String name : Names.unknownIn(withoutCitations(sentence), passages)) {
            problems.add(new Problem(Kind.UNKNOWN_NAME, name));
        }
        boolean reported = cited.stream().anyMatch(passage -> Attributions.reports(passage.text()));
        if (reported && !Attributions.keptIn(withoutCitations(sentence))) {
            problems.add(new Problem(Kind.LOST_ATTRIBUTION, sentence.text()));
        }
        if (!instructionRuns.isEmpty() && wordRuns(sentence.text()).stream().anyMatch(instructionRuns::contains)) {
            problems.add(new Problem(Kind.REVEALS_PROMPT, sentence.text()));
        }
        return problems;
    }

    /** A phrase in a script none of the passages is written in is a translation of one, not a quotation. */
    private static boolean isQuotation(String phrase, List<GivenPassage> support) {
        UnicodeScript script = Scripts.mostlyIn(phrase);
        return support.isEmpty() || support.stream().anyMatch(passage -> Scripts.uses(passage.shown(), script));
    }

    private static String withoutCitations(AnswerSentence sentence) {
        return Citations.MARKER.matcher(sentence.text()).replaceAll(" ");
    }

    private static Map<Integer, GivenPassage> byNumber(List<GivenPassage> passages) {
        return passages.stream().collect(Collectors.toMap(GivenPassage::number, Function.identity(), (a, b) -> a));
    }

    private static Set<String> wordRuns(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + LEAK_WORDS <= kept.size(); i++) {
            runs.add(String.join(" ", kept.subList(i, i + LEAK_WORDS)));
        }
        return runs;
    }
}
