package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * The noun phrases of a clause: runs of determiners, adjectives, figures, nouns, names and pronouns, with
 * their possessors ("Hale's lawyer") and what "of", "in", "at" or "near" joins to them ("the port of
 * Primorsk"); a personal pronoun or a date before a name starts a phrase of its own, and a relative pronoun
 * ends one ("complaints from rival airlines that Polaris would control": the airlines are not Polaris).
 */
final class NounPhrases {

    private NounPhrases() {
    }

    static List<NounPhrase> in(List<Token> words) {
        List<NounPhrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).nominal()) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < words.size() && (words.get(i).nominal() || words.get(i).possessive() || hyphenInside(words, i))
                    && !Grammar.PERSONAL_PRONOUNS.contains(words.get(i).lower()) && !dateEnds(words, i)
                    && !Grammar.RELATIVE_PRONOUNS.contains(words.get(i).lower())) {
                i++;
            }
            while (i + 1 < words.size() && Grammar.NOUN_JOINERS.contains(words.get(i).lower())
                    && words.get(i).is("ADP") && words.get(i + 1).nominal()) {
                i++;
                while (i < words.size() && (words.get(i).nominal() || words.get(i).possessive())) {
                    i++;
                }
            }
            int end = i;
            Participant.of(words.subList(start, end)).ifPresent(who -> phrases.add(new NounPhrase(start, end, who)));
        }
        return phrases;
    }

    /** The phrase that starts at this word, or null. */
    static NounPhrase startingAt(List<NounPhrase> phrases, int start) {
        return phrases.stream().filter(phrase -> phrase.start() == start).findFirst().orElse(null);
    }

    /** The phrase that ends right before this word, or null. */
    static NounPhrase endingAt(List<NounPhrase> phrases, int end) {
        return phrases.stream().filter(phrase -> phrase.end() == end).findFirst().orElse(null);
    }

    /** A hyphen joining two words of one phrase: "Greek-owned", "rate-setting". */
    private static boolean hyphenInside(List<Token> words, int i) {
        return words.get(i).text().equals("-") && i + 1 < words.size() && words.get(i - 1).nominal()
                && words.get(i + 1).nominal();
    }

    /**
     * A date before a name or a determiner ends its phrase: "On Thursday Iran's Guards" is two phrases, while
     * "the 2022 invasion" and "Saturday's election" are one.
     */
    private static boolean dateEnds(List<Token> words, int i) {
        String before = words.get(i - 1).lower();
        return (Grammar.WEEKDAYS.contains(before) || Grammar.MONTHS.contains(before) || before.matches("(19|20)\\d\\d"))
                && words.get(i).is("PROPN", "DET", "PRON");
    }
}
