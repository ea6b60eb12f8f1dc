package org.newsdesk.answer;

import java.util.List;

/**
 * What the core says to a question.
 *
 * @param question   the question as asked
 * @param text       the answer; when not answerable, a message saying what the articles do not give
 * @param answerable whether the articles answer the question
 * @param sources    where the answer comes from, best first; empty when not answerable
 * @param related    when not answerable, the sentences closest to the question, shown as related and
 *                   never as the answer; otherwise empty
 * @param mode       how the answer was made
 * @param notice     a remark for the reader about how it was made (such as a fallback), or empty
 * @param millis     time taken to answer
 */
public record Answer(String question, String text, boolean answerable, List<Source> sources, List<Source> related,
                     Mode mode, String notice, long millis) {

    public Answer {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        notice = notice == null ? "" : notice;
    }

    /** An answer with nothing related beside it. */
    public Answer(String question, String text, boolean answerable, List<Source> sources, Mode mode, String notice,
                  long millis) {
        this(question, text, answerable, sources, List.of(), mode, notice, millis);
    }

    public Answer withMillis(long elapsed) {
        return new Answer(question, text, answerable, sources, related, mode, notice, elapsed);
    }
}
