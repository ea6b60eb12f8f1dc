package org.newsdesk.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a short question that leans on the one before it ("how many of them went back?", "and the
 * girl?") together with that earlier question, so retrieval knows what "them" are.
 */
final class FollowUps {

    /** Words that stand for something the conversation named before. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(they|them|their|theirs|it|its|she|her|he|him|his|this|that|those|these|there|then|the same|"
                    + "the others?|the rest)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEANS_ON_EARLIER = Pattern.compile(
            REFERS_BACK.pattern() + "|^(and|what about|how about|also|so|but|why|when|where|who)\\b[^?]{0,25}\\??$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The best passages of a follow-up read with its context whose articles are the conversation's
     * subject: the follow-up read alone is answered only from these articles.
     */
    static final int TOPIC_PASSAGES = 3;
    /** Longer questions usually stand on their own; pulling in the previous one would blur them. */
    private static final int MAX_WORDS = 12;

    private FollowUps() {
    }

    /**
     * Whether a follow-up names what it asks about itself ("and who was named best actor?"): it leans on the
     * question before only by its "and", so its own reading, when that answers, is the one to keep.
     */
    static boolean namesItsSubject(String question) {
        return !REFERS_BACK.matcher(question).find();
    }

    /** The text to retrieve with: the question itself, or the previous question and this one. */
    static String retrievalText(String question, List<String> earlier) {
        if (earlier.isEmpty() || question.split("\\s+").length > MAX_WORDS
                || !LEANS_ON_EARLIER.matcher(question).find()) {
            return question;
        }
        return earlier.get(earlier.size() - 1).strip() + " " + question;
    }
}
