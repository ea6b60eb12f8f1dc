package org.newsdesk.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;

/**
 * What one question is measured against, computed once per question: its vector, its focus words
 * weighted by rarity, the kind of thing it asks for, its names and figures and those no article
 * mentions; and, for each candidate passage, the {@link Features} that say whether it answers and the
 * answer model's probability that it does.
 */
final class Evidence {

    /**
     * The words that frame a question rather than say what it is about: they are left out of the focus
     * whose coverage is measured ("how many", "what is the name of", "according to", "she").
     */
    private static final Pattern FRAMING = Pattern.compile(
            // what someone does is said with what they are ("a 39-year-old beekeeper"), not with these words
            "\\b(do for a living|(his |her |their )?(job|occupation|profession)|work(ed)? as|"
                    + "how (many|much|long|often|old|far|big|large)|what|which|who|whom|whose|when|where|why|how|"
                    + "did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|"
                    + "(the )?(first |last |full |real )?names? of|names?|called|(the )?number of|(the )?amount of|"
                    + "kind of|sort of|type of|tell me|according to|say|says|said|reported|report|"
                    // a pronoun stands for a name of the conversation, not for a word a passage should hold
                    + "he|she|it|they|him|her|them|his|its|their)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String query;
    private final Snapshot snapshot;
    private final float[] vector;
    private final AnswerModel model;
    private final Set<String> focus;
    private final double focusWeight;
    /** The focus terms that are not terms of the question's names. */
    private final Set<String> words;
    private final double wordWeight;
    private final QuestionKind kind;
    private final Set<String> questionWords;
    /**
     * The question's words that say what it asks about its names, as written (lower-cased); a follow-up's
     * include the question before it, which says who "she" is ("Who is the chief executive? How old is she?").
     */
    private final Set<String> askedAbout;
    /** The terms of each spelling of each of the question's names and figures. */
    private final List<List<Set<String>>> names;
    private final int unknownNames;
    /** Whether a passage that lacks what the question asks for cannot answer it ({@link QuestionKind#lackSettles}). */
    private final boolean lackSettles;

    /**
     * @param question the reader's question, checked
     * @param query    what to retrieve with: the question, or with the one before it for a follow-up
     */
    Evidence(String question, String query, Snapshot snapshot, float[] vector, AnswerModel model) {
        this.query = query;
        this.snapshot = snapshot;
        this.vector = vector;
        this.model = model;
        LexicalIndex lexical = snapshot.lexical();
        String unframed = FRAMING.matcher(query).replaceAll(" ");
        Set<String> framed = lexical.terms(unframed);
        this.focus = framed.isEmpty() ? lexical.terms(query) : framed;
        this.focusWeight = focus.stream().mapToDouble(lexical::idf).sum();
        this.kind = QuestionKind.of(question);
        this.lackSettles = kind.lackSettles(question);
        this.questionWords = QuestionKind.words(query);
        List<String> questionNames = Specifics.namesIn(query);
        this.names = questionNames.stream()
                .map(name -> Specifics.spellings(name).stream().map(lexical::terms).filter(terms -> !terms.isEmpty()).toList())
                .filter(spellings -> !spellings.isEmpty()).toList();
        Set<String> notNames = new LinkedHashSet<>(focus);
        names.forEach(spellings -> spellings.forEach(notNames::removeAll));
        this.words = Set.copyOf(notNames);
        this.wordWeight = words.stream().mapToDouble(lexical::idf).sum();
        Set<String> nameWords = QuestionKind.words(String.join(" ", questionNames));
        Set<String> counted = kind.counted(question);
        Set<String> asked = QuestionKind.words(unframed).stream()
                .filter(word -> word.length() > 2 && !nameWords.contains(word) && !lexical.terms(word).isEmpty())
                .collect(Collectors.toSet());
        // "how much does a ticket cost?": the sum must stand next to the ticket, not next to any "cost"
        Set<String> framing = kind.framing();
        if (!asked.stream().allMatch(framing::contains)) {
            asked.removeAll(framing);
        }
        this.askedAbout = !counted.isEmpty() ? counted : Set.copyOf(asked);
        this.unknownNames = Specifics.unknownIn(query, snapshot).size();
    }

    String query() {
        return query;
    }

    QuestionKind kind() {
        return kind;
    }

    /** Whether the question names anyone or anything ("the floods in Portugal"), or a figure. */
    boolean namesSomething() {
        return !names.isEmpty();
    }

    /** A passage as a candidate answer: its features and the probability that it answers. */
    Candidate candidate(Passage passage) {
        Features features = features(passage);
        boolean lacks = features.lacks() == 1 && lackSettles
                // a person asked for ("who is the ferry's captain?") is named next to what they are or did
                || kind == QuestionKind.PERSON && features.offers() == 1 && features.near() == 0;
        return new Candidate(passage, features, model.probability(features), lacks);
    }

    private Features features(Passage passage) {
        double similarity = snapshot.similarity(vector, passage.index());
        LexicalIndex lexical = snapshot.lexical();
        QuestionKind.Offer offer = kind.offeredBy(passage.text(), questionWords, askedAbout);
        boolean near = offer == QuestionKind.Offer.OFFERS_NEAR;
        Set<String> terms = lexical.passageTerms(passage.index());
        return new Features(similarity, coverage(terms), wordCoverage(terms),
                near || offer == QuestionKind.Offer.OFFERS ? 1 : 0, near ? 1 : 0,
                offer == QuestionKind.Offer.LACKS ? 1 : 0,
                missingShare(lexical.articleTerms(passage.document())), unknownNames);
    }

    /**
     * The share of the question's focus words, weighted by rarity, among the given terms, a word counting
     * when one of its family is there ("drive" in "volunteer drivers").
     */
    private double coverage(Set<String> terms) {
        if (focusWeight == 0) {
            return 0;
        }
        LexicalIndex lexical = snapshot.lexical();
        return focus.stream().filter(word -> LexicalIndex.holds(terms, word)).mapToDouble(lexical::idf).sum()
                / focusWeight;
    }

    /** The share of the question's focus words that are not names, weighted by rarity, among the given terms. */
    private double wordCoverage(Set<String> terms) {
        if (wordWeight == 0) {
            return 1;
        }
        LexicalIndex lexical = snapshot.lexical();
        return words.stream().filter(word -> LexicalIndex.holds(terms, word)).mapToDouble(lexical::idf).sum()
                / wordWeight;
    }

    /** The share of the question's names and figures none of whose spellings has all its terms among the given ones. */
    private double missingShare(Set<String> terms) {
        if (names.isEmpty()) {
            return 0;
        }
        long missing = names.stream().filter(spellings -> spellings.stream().noneMatch(terms::containsAll)).count();
        return (double) missing / names.size();
    }
}
