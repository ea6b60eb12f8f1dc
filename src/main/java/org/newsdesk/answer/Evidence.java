package org.newsdesk.answer;

import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.knowledge.Article;
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

    /** "What's her job?" frames its question as "what is her job?" does: the "'s" is no word of its focus. */
    private static final Pattern CONTRACTED_IS = Pattern.compile("\\b(what|who|where|when|how|which)['’]s\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that is itself a question: it ends with its question mark, before any closing quotation mark. */
    private static final Pattern ASKS = Pattern.compile("\\?[\"”’')]*\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?:1[5-9]|20)\\d{2}");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\p{N}|\\p{N}[,.])(?:1[5-9]|20)\\d{2}(?!\\p{N}|[,.]\\p{N})");

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
    /** The years the question names that no article mentions. */
    private final List<Integer> unknownYears;
    /** Whether the question asks how many of something it names ("how many fire engines …?"). */
    private final boolean counting;
    /** The years each candidate's article spans, by document, as {@link #outsideItsYears} reads them. */
    private final Map<String, int[]> articleYears = new HashMap<>();
    /** Whether a passage that lacks what the question asks for cannot answer it ({@link QuestionKind#lackSettles}). */
    private final boolean lackSettles;
    /** Whether a name offered must stand beside what the question asks about ({@link QuestionKind#namedWithItsKind}). */
    private final boolean namedWithItsKind;

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
        String unframed = FRAMING.matcher(CONTRACTED_IS.matcher(query).replaceAll("$1 is")).replaceAll(" ");
        Set<String> framed = lexical.terms(unframed);
        this.focus = framed.isEmpty() ? lexical.terms(query) : framed;
        this.focusWeight = focus.stream().mapToDouble(lexical::idf).sum();
        this.kind = QuestionKind.of(question);
        this.lackSettles = kind.lackSettles(question);
        Optional<Set<String>> thingNamed = kind.thingNamed(question);
        this.namedWithItsKind = kind.namedWithItsKind(question) || thingNamed.isPresent();
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
        this.askedAbout = !counted.isEmpty() ? counted : thingNamed.orElseGet(() -> Set.copyOf(asked));
        this.counting = !counted.isEmpty();
        List<String> unknown = Specifics.unknownIn(query, snapshot);
        this.unknownNames = unknown.size();
        this.unknownYears = unknown.stream().filter(name -> YEAR.matcher(name).matches()).map(Integer::valueOf).toList();
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
        boolean lacks = features.lacks() == 1 && lackSettles || kind.specific() && outsideItsYears(passage.article())
                // a person asked for ("who is the ferry's captain?") is named next to what they are or did, and a
                // hospital or school asked for by its kind next to the kind or the question's words
                || (kind == QuestionKind.PERSON || namedWithItsKind) && features.offers() == 1 && features.near() == 0
                // a question on the page ("Can I keep hens or bees?" over its answer) asks, and states nothing
                || ASKS.matcher(passage.text()).find();
        return new Candidate(passage, features, model.probability(features, counting), lacks,
                snapshot.similarity(vector, passage.index()));
    }

    private Features features(Passage passage) {
        double similarity = snapshot.closestSimilarity(vector, passage.index());
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
     * Whether the question names a year the article never mentions and that lies outside the years it spans, from
     * the first it mentions to the day it was published: "how many died on the roads in 2022?" is not answered by a
     * report that gives 2023's figure and 2024's, however close its sentence; "how many bikes did it sell in 2024?"
     * may be, by a report of March 2025 on "last year" that mentions 2023.
     */
    private boolean outsideItsYears(Article article) {
        if (unknownYears.isEmpty()) {
            return false;
        }
        int[] span = articleYears.computeIfAbsent(article.document(), document -> yearsOf(article));
        return unknownYears.stream().anyMatch(year -> year < span[0] || year > span[1]);
    }

    private static int[] yearsOf(Article article) {
        IntSummaryStatistics years = YEAR_IN_TEXT.matcher(article.body()).results()
                .mapToInt(year -> Integer.parseInt(year.group())).summaryStatistics();
        if (article.metadata().published() != null) {
            years.accept(article.metadata().published().getYear());
        }
        return years.getCount() == 0 ? new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}
                : new int[] {years.getMin(), years.getMax()};
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
