package org.newsdesk.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a short question that leans on the one before it ("how many of them went back?", "and the
 * girl?") together with that earlier question, so retrieval knows what "them" are.
 */
final class FollowUps {

    private static final Pattern LEANS_ON_EARLIER = Pattern.compile(
            "\\b(they|them|their|theirs|it|its|she|her|he|him|his|this|that|those|these|there|then|the same|"
                    + "the others?|the rest)\\b|^(and|what about|how about|also|so|but|why|when|where|who)\\b[^?]{0,25}\\??$",
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

    /** The text to retrieve with: the question itself, or the previous question and this one. */
    static String retrievalText(String question, List<String> earlier) {
        if (earlier.isEmpty() || question.split("\\s+").length > MAX_WORDS
                || !LEANS_ON_EARLIER.matcher(question).find()) {
            return question;
        }
        return earlier.get(earlier.size() - 1).strip() + " " + question;
    }
}
