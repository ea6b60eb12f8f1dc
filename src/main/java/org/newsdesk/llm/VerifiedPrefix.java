package org.newsdesk.llm;

import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.llm.grounding.AnswerSentence;
import org.newsdesk.llm.grounding.AnswerSentences;
import org.newsdesk.llm.grounding.Citations;
import org.newsdesk.llm.grounding.GivenPassage;
import org.newsdesk.llm.grounding.GroundingCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a streamed answer as it grows, a whole sentence at a time and only up to the first sentence
 * that fails the grounding check (or cannot be checked yet), so nothing unverified reaches the reader
 * even before the answer is complete. Each call passes the whole text shown so far.
 */
final class VerifiedPrefix {

    private static final Logger LOG = LoggerFactory.getLogger(VerifiedPrefix.class);

    private final GroundingCheck check;
    private final List<GivenPassage> passages;
    private final Consumer<String> partialText;
    private int shownUpTo;
    /** How many sentences have passed; each is checked once, since a streamed text only grows. */
    private int passed;
    /** Set once a sentence fails: nothing after it is shown early either. */
    private boolean stopped;

    VerifiedPrefix(GroundingCheck check, List<GivenPassage> passages, Consumer<String> partialText) {
        this.check = check;
        this.passages = List.copyOf(passages);
        this.partialText = partialText;
    }

    void grew(String draft) {
        if (stopped) {
            return;
        }
        List<AnswerSentence> sentences = AnswerSentences.split(draft);
        int end = shownUpTo;
        // the last sentence may still be being written, and so may the one before while a citation opens
        int complete = sentences.size() - 1;
        if (complete > 0 && sentences.get(complete).text().startsWith("[")) {
            complete--;
        }
        int from = Math.min(passed, sentences.size());
        for (AnswerSentence sentence : sentences.subList(from, Math.max(from, complete))) {
            if (!check.canShow(sentence, passages)) {
                stopped = true;
                break;
            }
            passed++;
            end = sentence.end();
        }
        if (end > shownUpTo) {
            shownUpTo = end;
            try {
                partialText.accept(Citations.renumbered(draft.substring(0, end).strip()));
            } catch (RuntimeException e) {
                LOG.warn("Showing part of an answer failed: {}", e.toString());
            }
        }
    }
}
