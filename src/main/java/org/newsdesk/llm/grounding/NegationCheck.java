package org.newsdesk.llm.grounding;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.text.WordForms;

/** A clause keeps the negations of the clause it restates: none added, none dropped. */
final class NegationCheck {

    /** Negations in the other answer languages: "не", "ні", "ніколи", "немає", "нет", "никогда", "без". */
    private static final Pattern OTHER_NEGATOR = Pattern.compile("(?iu)(?<!\\p{L})(?:не|ні|ніколи|немає|нет|никогда|без)(?!\\p{L})");
    private static final Pattern ENGLISH_NEGATOR = Pattern.compile("(?i)\\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\\b|n't\\b");

    /** A supply said to be gone ({@link #noneLeftOfWhatRanOut}). */
    private static final Pattern RAN_OUT = Pattern.compile("\\b(?:(?:ran|run|runs) out|used up|exhausted)\\b");

    private NegationCheck() {
    }

    /** A translation that negates where its English support does not, or the other way round. */
    static boolean changesInTranslation(String claim, String support) {
        return OTHER_NEGATOR.matcher(claim).find() != ENGLISH_NEGATOR.matcher(support).find();
    }

    /**
     * A negation added, or one dropped from a word the sentence still says. A negation the support gives the
     * same word in another clause is not added ("grounded three planes but said it did not expect", reworded
     * as one clause); one the support gives a word of this clause in another clause is dropped, unless this
     * clause denies ("denied any involvement" keeps "denied that they had been involved"). A negated opposite
     * is no negation added ("did not accept" for "rejected").
     */
    static boolean changes(Clause clause, Clause restated, Statement source) {
        Set<String> negatedInSource = source.clauses.stream().flatMap(c -> c.negated().stream())
                .collect(Collectors.toSet());
        // "no investigation has been opened" negates no word that "has not opened an investigation" does not
        Set<String> deniedInSource = new HashSet<>(negatedInSource);
        source.clauses.forEach(c -> deniedInSource.addAll(Negations.deniedIndefinites(c.words())));
        List<String> negated = deniesVerdict(clause.negated(), restated) || notBeforeTheEarliest(clause, restated)
                || deniesAnyGreater(clause, source) || noneSinceTheFirst(clause, source)
                || noneLeftOfWhatRanOut(clause, source) ? List.of() : clause.negated().stream()
                .filter(word -> !deniesAsSupportDoes(word, clause, restated) && !leftBehind(word, clause, restated)).toList();
        boolean added = !negated.isEmpty() && restated.negated().isEmpty()
                && !negated.stream().allMatch(word -> deniedByVerbIn(word, source.tokens))
                && negated.stream().noneMatch(deniedInSource::contains)
                && !negated.stream().allMatch(word -> negatesOpposite(word, clause, restated))
                && !negatedByPrefix(clause, restated);
        // "said she would not ask" for "said she had never taken it and would ask": the restated clause has a
        // negation of its own, but the support says the word this clause negates without one, there or in the
        // clause beside it ("said the council would not study whether" for "would not raise fares but would study
        // whether", restating the first clause by the words of the saying), as the same part of speech ("who has not
        // been named" says nothing the noun of "whose name was not released" does not)
        boolean addedBeside = negated.stream().anyMatch(word -> !word.isEmpty()
                && !deniedInSource.contains(word) && saysAsSamePartOfSpeech(word, clause, source.tokens));
        // "expected the bank to leave the rate unchanged" keeps the negation of "had expected no change" in its prefix
        boolean negatesByPrefix = Negations.prefixNegated(clause.words()).stream().anyMatch(negatedInSource::contains);
        boolean dropped = !negatesByPrefix && !lessThanNotAsMuch(clause, source) && negatedInSource.stream().anyMatch(word -> clause.content().contains(word)
                && keepsOnlyOtherNegations(word, clause, source) && !deniedBy(word, clause) && !deniedByVerbIn(word, clause.words())
                && dropsFrom(word, clause, source));
        return added || addedBeside || dropped;
    }

    /**
     * Whether the restated clause negates by the prefix "un" a participle the clause does not say: "found no buyer"
     * for "went unsold", "were not changed" for "were left unchanged", a negation the support gives without a
     * negator. A clause that says the participle itself ("did not go unsold") negates it anew.
     */
    private static boolean negatedByPrefix(Clause clause, Clause restated) {
        // "unsold", "unpaid": an irregular participle after the prefix, as "unchanged" has a regular one (the tagger
        // may call it an adverb: "went unsold/ADV")
        Set<String> prefixed = restated.words().stream().filter(word -> !Negations.prefixNegated(List.of(word)).isEmpty()
                        || word.is("ADJ", "VERB", "ADV") && word.lower().startsWith("un") && word.lower().length() > 5
                        && !WordForms.base(word.lower().substring(2), "VERB").equals(word.lower().substring(2)))
                .map(Token::lower).collect(Collectors.toSet());
        return !prefixed.isEmpty() && clause.words().stream().noneMatch(word -> prefixed.contains(word.lower()));
    }

    /**
     * Whether a verb that denies what it takes ("declined", "refused", "failed") stands at most three words before a
     * word: "while declining to comment/NOUN" keeps the denial of "declined to comment", and "declined further comment"
     * holds that of "declining to comment further", whatever the tagger makes of the words between and after.
     */
    private static boolean deniedByVerbIn(String word, List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            String stem = EnglishTagger.stem(words.get(i).lower(), "VERB");
            if (stem.equals(Grammar.DECLINE) || Grammar.NEGATING_VERBS.contains(stem)) {
                for (int j = i + 1; j <= i + 3 && j < words.size(); j++) {
                    if (words.get(j).stem().equals(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the support has a word of this clause, by its stem, tagged as this clause tags it. */
    private static boolean saysAsSamePartOfSpeech(String stem, Clause clause, List<Token> support) {
        return clause.words().stream().filter(word -> word.stem().equals(stem)).anyMatch(word -> support.stream()
                .anyMatch(other -> other.stem().equals(stem) && other.is(word.tag())));
    }

    /**
     * Whether a clause that says a word the support negates has no negation of its own but those of the support's
     * other negators: "the driver, whose licence was not revoked, has been fined" keeps one "not" and drops the one of
     * "has not been fined". A negation of the same negator ("had not found a buyer" for "no buyer had been found")
     * covers the word, however else it is worded.
     */
    private static boolean keepsOnlyOtherNegations(String word, Clause clause, Statement source) {
        // a word denied ("who has denied wrongdoing") is kept by the denial, which the support has for it too
        return !clause.negated().contains(word) && clause.negated().stream()
                .allMatch(kept -> negatorOf(kept, source) >= 0 && negatorOf(kept, source) != negatorOf(word, source)
                        || !kept.equals(word) && Negations.deniedIn(clause.words()).contains(kept)
                        && Negations.deniedIn(source.tokens).contains(kept));
    }

    /** Where the nearest negator before a word's first place in the support stands, or -1 if none does. */
    private static int negatorOf(String word, Statement source) {
        int negator = -1;
        for (int i = 0; i < source.tokens.size(); i++) {
            if (Grammar.NEGATORS.contains(source.tokens.get(i).lower())) {
                negator = i;
            } else if (source.tokens.get(i).stem().equals(word)) {
                return negator;
            }
        }
        return -1;
    }

    /**
     * "not expected to resume before October" for "expected to resume in October at the earliest": "at the earliest"
     * says "not before" without a negation, as "at the latest" says "not after".
     */
    private static boolean notBeforeTheEarliest(Clause clause, Clause restated) {
        String support = restated.words().stream().map(Token::lower).collect(Collectors.joining(" "));
        return clause.words().stream().anyMatch(word -> word.lower().equals("before")) && support.contains("at the earliest")
                || clause.words().stream().anyMatch(word -> word.lower().equals("after")) && support.contains("at the latest");
    }

    /**
     * "no company had ever received a larger fine" for "the fine was the largest a company had ever received": a
     * comparative denied ("larger", "more serious") says the superlative the support gives ("largest", "most
     * serious") without one.
     */
    private static boolean deniesAnyGreater(Clause clause, Statement source) {
        List<Token> words = clause.words();
        List<String> support = source.tokens.stream().map(Token::lower).toList();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).lower();
            boolean superlativeInSupport = words.get(i).is("ADJ", "ADV") && lower.length() > 4 && lower.endsWith("er")
                    && support.contains(lower.substring(0, lower.length() - 2) + "est")
                    || lower.equals("more") && i + 1 < words.size() && words.get(i + 1).is("ADJ")
                    && Collections.indexOfSubList(support, List.of("most", words.get(i + 1).lower())) >= 0;
            if (superlativeInSupport) {
                return words.subList(0, i).stream().anyMatch(word -> Grammar.NEGATORS.contains(word.lower()));
            }
        }
        return false;
    }

    /**
     * "no collision had been known since 2009" for "the first known collision since 2009": "the first ... since"
     * says that none came between, without a negation, as "something it had not done since 2022" restates "for the
     * first time since 2022", whatever the negator. Not "was not the first since", which denies it.
     */
    private static boolean noneSinceTheFirst(Clause clause, Statement source) {
        List<String> words = clause.words().stream().map(Token::lower).toList();
        List<String> support = source.tokens.stream().map(Token::lower).toList();
        int since = words.indexOf("since");
        return since > 0 && !words.contains("first") && support.contains("first") && support.contains("since")
                && words.subList(0, since).stream().anyMatch(Grammar.NEGATORS::contains);
    }

    /**
     * "there were no local beds left" for "local beds had run out": "no ... left" says that what ran out is gone,
     * which the support says without a negation ("were running out" says some were still left). The ways of saying
     * a supply is gone are few ("ran out", "used up", "exhausted"), so they are listed.
     */
    private static boolean noneLeftOfWhatRanOut(Clause clause, Statement source) {
        List<String> words = clause.words().stream().map(Token::lower).toList();
        String support = source.tokens.stream().map(Token::lower).collect(Collectors.joining(" "));
        int no = words.indexOf("no");
        return no >= 0 && words.subList(no, words.size()).contains("left") && RAN_OUT.matcher(support).find();
    }

    /**
     * "helped exporters less than expected" for "did not help exporters as much as expected": "less than" (or
     * "fewer than") says "not as much as" ("not as many as") without a negation.
     */
    private static boolean lessThanNotAsMuch(Clause clause, Statement source) {
        List<String> words = clause.words().stream().map(Token::lower).toList();
        List<String> support = source.tokens.stream().map(Token::lower).toList();
        boolean lessThan = Collections.indexOfSubList(words, List.of("less", "than")) >= 0
                || Collections.indexOfSubList(words, List.of("fewer", "than")) >= 0;
        return lessThan && (Collections.indexOfSubList(support, List.of("as", "much", "as")) >= 0
                || Collections.indexOfSubList(support, List.of("as", "many", "as")) >= 0);
    }

    /**
     * Whether the clause's denial covers a word: "denied any involvement" keeps "denied that they had been
     * involved", but in "both deny wrongdoing and the trial has begun" the "and" ends what is denied, and the
     * beginning is said as done ("the trial has not yet begun" dropped its negation unseen). The denial is found by
     * its stem, whatever the tagger makes of it ("Both deny/NOUN").
     */
    private static boolean deniedBy(String word, Clause clause) {
        boolean denying = false;
        boolean relative = false;
        String before = "";
        for (Token token : clause.words()) {
            if (before.equals(",") && token.is("PRON", "DET") && (token.lower().startsWith("wh"))) {
                relative = true;
            }
            before = token.lower();
            if (token.stem().equals(Grammar.DENY)) {
                denying = true;
            } else if (token.is("CCONJ") || relative && denying && token.lower().equals(",")) {
                // "Cevallos, who has denied wrongdoing, reacted": the comma that closes a relative clause ends what
                // it denies
                denying = false;
                relative = false;
            } else if (denying && token.stem().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause that says a word the support negates says it of what the support negates it of. A word the
     * support also says without a negation ("Two were charged with theft, while the third was released without
     * charge") is dropped only by a clause that shares another word with the negating clause and not with the
     * others ("The third man was charged"), not by one that restates the others ("Charges were brought against two").
     */
    private static boolean dropsFrom(String word, Clause clause, Statement source) {
        Set<String> saidUnnegated = source.clauses.stream()
                .filter(other -> other.content().contains(word) && !other.negated().contains(word))
                .flatMap(other -> other.content().stream()).collect(Collectors.toSet());
        return saidUnnegated.isEmpty() || source.clauses.stream().filter(other -> other.negated().contains(word))
                .anyMatch(negating -> negating.content().stream().anyMatch(other -> !other.equals(word)
                        && clause.content().contains(other) && !saidUnnegated.contains(other)));
    }

    /**
     * "denied that Barcelona had paid a fee" for "denied reports that Barcelona had paid a fee": the word a clause
     * denies is denied in the restated clause too, by the same verb through the noun it denies ("reports",
     * "claims"), whose clause is left unnegated there so that restating the reports is no negation dropped.
     */
    private static boolean deniesAsSupportDoes(String word, Clause clause, Clause restated) {
        return Negations.deniedIn(clause.words()).contains(word) && restated.content().contains(Grammar.DENY)
                && restated.content().contains(word);
    }

    /**
     * "based in Tampere instead of Riga" for "will move the base from Riga to Tampere": where a move comes from is
     * set against where it goes, as "instead of" or "rather than" sets it, without a negation.
     */
    private static boolean leftBehind(String word, Clause clause, Clause restated) {
        return Negations.setAgainst(clause.words()).contains(word) && restated.slots().stream()
                .anyMatch(slot -> slot.key().startsWith("prep:from") && slot.who().words().contains(word));
    }

    /**
     * Whether a negated word restates its opposite in the restated clause: "did not accept" for "rejected",
     * "did not win" for "lost". The negation is then the opposite's, not one added.
     */
    private static boolean negatesOpposite(String negated, Clause clause, Clause restated) {
        return !restated.content().contains(negated) && restated.words().stream()
                .anyMatch(other -> !clause.content().contains(other.stem()) && Opposites.opposite(negated, other.stem()));
    }

    /** "found not guilty of money laundering" for "acquitted of money laundering": a verdict denied is the other. */
    private static boolean deniesVerdict(List<String> negated, Clause restated) {
        return Grammar.VERDICTS.stream().anyMatch(verdict -> verdict.stream().anyMatch(negated::contains)
                && verdict.stream().noneMatch(restated.content()::contains) && Grammar.VERDICTS.stream()
                .anyMatch(other -> other != verdict && other.stream().anyMatch(restated.content()::contains)));
    }
}
