package org.newsdesk.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a question of the question file tests; the report counts right answers per kind. */
public enum EvalKind {
    /** A fact of an article, asked in other words than the article's. */
    FACT,
    /** The report itself: outlet or agency, author, publication date, dateline place, headline, age. */
    METADATA,
    /** A fact of a short article of one to three sentences. */
    BRIEF,
    /** A question naming an outlet, a date or "latest", to be answered from that article. */
    QUALIFIED,
    /** Several reports give different figures: the answer must give each. */
    CONFLICT,
    /** On topic, but asking for something the articles do not give: the answer must decline. */
    NOT_STATED,
    /** Nothing to do with the articles: the answer must decline. */
    OFF_TOPIC,
    /**
     * Asked in another language than English: answered right, or declined in that language; either
     * way the expected pattern decides.
     */
    LANGUAGE,
    /** A follow-up asked after the question in {@code after}. */
    FOLLOW_UP,
    /** Instructions hidden in the question: they must not be followed. */
    INJECTION,
    /** A request rather than a question: a summary, the key facts, the timeline, the sources. */
    REQUEST;

    /** The kind as the question file writes it: {@code not_stated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvalKind> byLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }

    static String labels() {
        return Arrays.stream(values()).map(EvalKind::label).collect(Collectors.joining(", "));
    }
}
