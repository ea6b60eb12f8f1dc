package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words a sentence rests on, as the claim check reads them: its spans joined by " ; ", each that starts
 * with its verb ("is expected to be extradited from Spain") read with the subject its passage gives it.
 */
final class SupportText {

    private SupportText() {
    }

    static String of(List<String> spans, List<GivenPassage> cited) {
        return String.join(" ; ", withSubjects(spans, cited));
    }

    /**
     * The spans, each that starts with its verb read with the subject its passage gives it: the phrase right
     * before the span ("said De Boer will join"), or, when the span's verb is joined to an earlier one ("was
     * arrested in Madrid and is expected"), the passage's first subject. (Any words before the span would also
     * let through a name from "arrested in Madrid", or the speaker of "said", put in the subject's place.)
     */
    private static List<String> withSubjects(List<String> spans, List<GivenPassage> cited) {
        List<String> read = new ArrayList<>();
        for (String span : spans) {
            List<Token> words = Statement.of(span).tokens;
            String subject = "";
            if (!words.isEmpty() && words.get(0).is("AUX", "VERB")) {
                for (GivenPassage passage : cited) {
                    // read as written: in lower case, "hanna de groot said" is no name and a verb
                    String cased = QuotedPhrases.normalisedKeepingCase(passage.text());
                    String text = cased.toLowerCase(Locale.ROOT);
                    int at = text.indexOf(QuotedPhrases.normalised(span).strip());
                    if (at > 0) {
                        String before = (cased.length() == text.length() ? cased : text).substring(0, at);
                        subject = subjectBefore(Statement.of(before).tokens, words.get(0).is("VERB") && words.get(0).lower().endsWith("ing"));
                        break;
                    }
                }
            }
            read.add(subject.isEmpty() ? span : subject + " " + span);
        }
        return read;
    }

    private static String subjectBefore(List<Token> before, boolean participle) {
        int end = before.size();
        boolean afterComma = end > 0 && before.get(end - 1).lower().equals(",");
        while (end > 0 && before.get(end - 1).is("PUNCT")) {
            end--;
        }
        int start = end;
        if (participle && afterComma) {
            // "Norway's Supreme Court on Thursday rejected a challenge ..., ruling that": a participle after a comma
            // takes the subject of the clause the comma ends, the passage's first, not the noun before the comma
            start = 0;
            end = 0;
            while (end < before.size() && !before.get(end).is("AUX", "VERB")) {
                end++;
            }
        } else if (end > 0 && before.get(end - 1).is("CCONJ")) {
            int[] nearest = relativeSubject(before.subList(0, end - 1));
            if (nearest != null) {
                start = nearest[0];
                end = nearest[1];
            } else {
                start = 0;
                end = 0;
                while (end < before.size() && !before.get(end).is("AUX", "VERB")) {
                    end++;
                }
            }
        } else {
            while (start > 0 && before.get(start - 1).is("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "PUNCT")) {
                start--;
            }
            // "A court in Milan on Thursday sentenced": a preposition inside the subject's phrase ends the walk
            // back, but words that hold no verb up to the span are all one phrase, the subject with what places
            // it ("A court ...", not "Thursday")
            if (start > 0 && before.get(start - 1).is("ADP")
                    && before.subList(0, end).stream().noneMatch(token -> token.is("AUX", "VERB", "SCONJ", "CCONJ"))) {
                start = 0;
            }
        }
        return before.subList(start, end).stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /**
     * "Daeyang Energy, which supplies batteries to military customers and is expected": a verb joined by "and" or
     * "but" inside a relative clause shares its relative pronoun, which stands for the phrase before its comma. The
     * start and end of that phrase, or null when the joined verb is in no such clause (no comma, "that" or other
     * clause opener between the pronoun and the conjunction).
     */
    private static int[] relativeSubject(List<Token> before) {
        for (int i = before.size() - 1; i > 0; i--) {
            Token word = before.get(i);
            if (Grammar.RELATIVE_PRONOUNS.contains(word.lower()) && !word.lower().equals("that")
                    && before.get(i - 1).lower().equals(",")) {
                return phraseEndingAt(before, i - 1);
            }
            if (word.is("PUNCT", "SCONJ") || word.lower().equals("that")) {
                return null;
            }
        }
        return null;
    }

    private static int[] phraseEndingAt(List<Token> words, int end) {
        int start = end;
        while (start > 0 && words.get(start - 1).is("PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON")) {
            start--;
        }
        return start < end ? new int[] {start, end} : null;
    }
}
