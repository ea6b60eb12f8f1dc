package org.newsdesk.answer;

/**
 * Every number that tunes how questions about reports, and reports that differ, are answered.
 * Nothing here names anything of a particular article.
 */
final class ReportTuning {

    /**
     * A question about a report ("which agency reported the flood?") is answered from the report its
     * topic words lead to only if the report holds at least this share of them, weighted by rarity;
     * otherwise no stored report is about that topic.
     */
    static final double TOPIC_COVERAGE = 0.5;
    /** When a question names no topic and several reports are loaded, at most this many are described. */
    static final int MAX_REPORTS_DESCRIBED = 5;
    /** A question naming an outlet or date rescores every sentence of its reports when there are at most this many. */
    static final int MAX_REPORTS_RESCORED = 20;
    /**
     * Another report's sentence answers the question too when the answer model gives it at least this
     * share of the best sentence's probability. On the tuning half's conflict questions the sentences
     * giving another report's figure had 0.53 to 0.99 of the best one's probability in three questions
     * (0.11 to 0.19 in a fourth, which is missed), while sentences of other reports that were close in
     * embedding but about something else (a town's population beside its flood victims) had 0.45.
     */
    static final double ANSWERS_NEARLY_AS_WELL = 0.5;
    /**
     * Another report's sentence whose figure stands next to what the question counts ("five people as missing" for
     * "how many are missing?", as the best answer's does) answers it too from this share of the best sentence's
     * probability: such a sentence of the other report is taken before that report's better-ranked one that counts
     * something else. On the tuning sets every value from 0.10 to 0.20 answered 20 of 40 conflict questions (17 with
     * none), 0.25 19 and 0.30 18; this is the middle of that plateau.
     */
    static final double ANSWERS_AS_A_COUNT_OF_THE_SAME = 0.15;
    /** At most this many reports are set side by side when their figures differ. */
    static final int MAX_DIFFERING_REPORTS = 3;

    private ReportTuning() {
    }
}
