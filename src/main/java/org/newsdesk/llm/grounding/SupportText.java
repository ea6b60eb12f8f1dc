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
                        subject = subjectBefore(Statement.of(before).tokens);
                        break;
                    }
                }
            }
            read.add(subject.isEmpty() ? span : subject + " " + span);
        }
        return read;
    }

    private static String subjectBefore(List<Token> before) {
        int end = before.size();
        while (end > 0 && before.get(end - 1).is("PUNCT")) {
            end--;
        }
        int start = end;
        if (end > 0 && before.get(end - 1).is("CCONJ")) {
            start = 0;
            end = 0;
            while (end < before.size() && !before.get(end).is("AUX", "VERB")) {
                end++;
            }
        } else {
            while (start > 0 && before.get(start - 1).is("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "PUNCT")) {
                start--;
            }
        }
        return before.subList(start, end).stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
