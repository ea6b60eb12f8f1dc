package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.Abbreviations;

/**
 * Splits an answer into sentences, keeping each citation with the sentence it supports: models write
 * both "returned [1]." and "returned. [1]", and a citation opening the next piece belongs to the one
 * before.
 */
public final class AnswerSentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+|\\n+");
    private static final Pattern LEADING_CITATIONS = Pattern.compile("\\G(?:\\s*" + Citations.MARKER.pattern() + ")+");

    private AnswerSentences() {
    }

    public static List<AnswerSentence> split(String answer) {
        List<int[]> spans = new ArrayList<>();
        // the words a citation quotes may hold sentence ends of their own: they never end the answer's sentence
        String masked = masked(answer);
        Matcher boundary = BOUNDARY.matcher(masked);
        int start = 0;
        while (start < answer.length()) {
            int end = answer.length();
            int next = end;
            // "on Dec. 3", "Gov. Lee": the full stop of an abbreviation ends no sentence, as in the articles
            for (int from = start; boundary.find(from); from = boundary.end()) {
                if (boundary.group().contains("\n") || !Abbreviations.closesAbbreviation(masked, start, boundary.start())) {
                    end = boundary.start();
                    next = boundary.end();
                    break;
                }
            }
            Matcher leading = LEADING_CITATIONS.matcher(answer).region(start, answer.length());
            if (!spans.isEmpty() && leading.lookingAt()) {
                spans.get(spans.size() - 1)[1] = leading.end();
                start = leading.end();
                continue;
            }
            if (!answer.substring(start, end).isBlank()) {
                spans.add(new int[] {start, end});
            }
            start = Math.max(next, end + 1);
        }
        List<AnswerSentence> sentences = new ArrayList<>();
        for (int[] span : spans) {
            String text = answer.substring(span[0], span[1]).strip();
            sentences.add(new AnswerSentence(text, Citations.in(text), span[1]));
        }
        return sentences;
    }

    /** The answer with the inside of every citation blanked out, at the same length. */
    private static String masked(String answer) {
        StringBuilder masked = new StringBuilder(answer);
        for (Pattern marker : List.of(Citations.MARKER, Citations.OPEN_MARKER)) {
            Matcher found = marker.matcher(answer);
            while (found.find()) {
                for (int i = found.start() + 1; i < found.end() - 1; i++) {
                    masked.setCharAt(i, '_');
                }
            }
        }
        return masked.toString();
    }
}
