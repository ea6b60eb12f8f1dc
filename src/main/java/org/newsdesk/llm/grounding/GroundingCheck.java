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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * Decides whether an answer is grounded in the passages its model was given. Every sentence that states
 * something cites its passage with the words it rests on ({@code [2: "exact words"]}); those words must be
 * in that passage, and the sentence must not say more or otherwise than they do ({@link ClaimCheck}). A
 * figure or quotation is also checked against the passages its sentence cites, or, in a sentence that cites
 * none, against every passage the answer cites; a name against all the passages given. A quotation in
 * another script than the passages is a translation and is not compared word for word.
 */
public final class GroundingCheck {

    /** Something a sentence states that needs a passage: a figure, a name inside it, a negation. */
    private static final Pattern CLAIM_MARK = Pattern.compile("(?u)\\p{N}|(?<=\\S\\s)\\p{Lu}|(?i)\\b(?:not|never|no)\\b|n't\\b"
            + "|(?iu)(?<!\\p{L})(?:не|ні|нет)(?!\\p{L})");
    /** Runs of this many words shared with the instructions mean the answer is repeating them. */
    private static final int LEAK_WORDS = 8;

    private final Set<String> instructionRuns;

    /** Loads the language models the check reads English with, so the first answer does not wait for them. */
    public static void prepare() {
        EnglishTagger.preload();
    }

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
        String shown = passages.stream().map(GivenPassage::shown).collect(Collectors.joining("\n"));
        support.forEach(passage -> supported.addAll(
                FigureCheck.supportedIn(passage.shown(), withoutCitations(sentence), shown)));
        for (Figures.Figure figure : Figures.in(withoutCitations(sentence))) {
            if (!supported.contains(figure.value())) {
                problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, figure.written()));
            }
        }
        for (String phrase : QuotedPhrases.in(withoutCitations(sentence))) {
            if (isQuotation(phrase, support) && support.stream().noneMatch(p -> QuotedPhrases.appearsIn(phrase, p.shown()))) {
                problems.add(new Problem(Kind.UNSUPPORTED_QUOTE, phrase));
            }
        }
        problems.addAll(claimProblems(sentence, cited, byNumber, passages));
        for (String name : Names.unknownIn(withoutCitations(sentence), passages)) {
            problems.add(new Problem(Kind.UNKNOWN_NAME, name));
        }
        List<Support> supports = Citations.supportsIn(sentence.text());
        boolean lost = cited.stream().map(passage -> Attributions.partHolding(passage.text(), spansOf(supports, passage)))
                .anyMatch(part -> Attributions.reportsClaim(part) && !AttributionCheck.keepsAttribution(withoutCitations(sentence), part));
        if (lost) {
            problems.add(new Problem(Kind.LOST_ATTRIBUTION, sentence.text()));
        }
        if (!instructionRuns.isEmpty() && wordRuns(sentence.text()).stream().anyMatch(instructionRuns::contains)) {
            problems.add(new Problem(Kind.REVEALS_PROMPT, sentence.text()));
        }
        return problems;
    }

    /**
     * A sentence that cites must quote, for every passage it cites, the words it rests on, found in that
     * passage, and must say no more than they do; one that cites nothing may state nothing.
     */
    private static List<Problem> claimProblems(AnswerSentence sentence, List<GivenPassage> cited,
                                               Map<Integer, GivenPassage> byNumber, List<GivenPassage> passages) {
        String claim = withoutCitations(sentence).strip();
        if (sentence.citations().isEmpty()) {
            boolean states = CLAIM_MARK.matcher(claim).find() || !Figures.in(claim).isEmpty();
            return states ? List.of(new Problem(Kind.MISSING_SUPPORT, sentence.text()))
                    : List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (!Citations.unsupportedIn(sentence.text()).isEmpty()) {
            problems.add(new Problem(Kind.MISSING_SUPPORT, sentence.text()));
        }
        List<String> spans = new ArrayList<>();
        for (Support support : Citations.supportsIn(sentence.text())) {
            GivenPassage passage = byNumber.get(support.number());
            if (passage == null) {
                continue;
            }
            if (QuotedPhrases.appearsIn(support.span(), passage.text()) && !support.span().isBlank()) {
                spans.add(support.span());
            } else {
                problems.add(new Problem(Kind.SUPPORT_NOT_IN_PASSAGE, support.span()));
            }
        }
        if (problems.isEmpty() && !spans.isEmpty()) {
            String shown = passages.stream().map(GivenPassage::shown).collect(Collectors.joining("\n"));
            problems.addAll(ClaimCheck.problems(claim, spans, cited, shown));
        }
        return problems;
    }

    static List<String> spansOf(List<Support> supports, GivenPassage passage) {
        return supports.stream().filter(support -> support.number() == passage.number()).map(Support::span).toList();
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
