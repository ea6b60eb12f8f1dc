package org.newsdesk.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations and initials news copy writes with a full stop that ends no sentence, for every
 * sentence splitter: the articles' ({@code knowledge.Sentences}) and the model answers' the claim check
 * reads ({@code llm.grounding.AnswerSentences}).
 */
public final class Abbreviations {

    /** Abbreviations and initials are short: the word before a full stop is looked at up to this length. */
    private static final int LONGEST_ABBREVIATION = 20;
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "gov", "sen", "rep", "pres", "rev", "hon", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "dept", "univ", "mt", "ft", "ave", "blvd");
    /**
     * The AP's abbreviations of US states, as datelines write them ("GRANTHAM FALLS, Mont. (AP) —"); matched
     * as written, capitalised, since several are also words that end sentences ("ill", "wash", "miss").
     */
    private static final Set<String> STATES = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
            "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
            "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo");

    private Abbreviations() {
    }

    /**
     * Whether the full stop that ends {@code text[from, periodEnd)} closes an abbreviation or an initial ("Dec.",
     * "Mont.", "John F.", "U.S."), so that it ends no sentence.
     */
    public static boolean closesAbbreviation(String text, int from, int periodEnd) {
        if (text.charAt(periodEnd - 1) != '.') {
            return false;
        }
        int wordStart = periodEnd - 1;
        int floor = Math.max(from, periodEnd - LONGEST_ABBREVIATION);
        while (wordStart > floor && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            return false; // a word longer than any abbreviation
        }
        Matcher word = LAST_WORD.matcher(text.substring(wordStart, periodEnd));
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        if (w.matches("(\\p{L}\\.)+\\p{L}")) {
            return true; // "U.S", "a.m": dotted abbreviations rarely end a sentence in news copy
        }
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)) || STATES.contains(w);
    }
}
