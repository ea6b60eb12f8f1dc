package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases an answer puts in quotation marks, and whether a passage contains them word for word.
 * Quotation marks of every style count ("…", “…”, «…», „…“); the comparison ignores case, the style
 * of quotes and apostrophes, spacing and punctuation at the ends, and treats an ellipsis as a cut.
 */
final class QuotedPhrases {

    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"\\n]{1,500}?)[\"”]|“([^“”\\n]{1,500}?)[”“]|«([^«»\\n]{1,500}?)»|„([^„“”\\n]{1,500}?)[“”]");
    private static final Pattern CUT = Pattern.compile("…|\\.\\.\\.|\\[\\s*(?:…|\\.\\.\\.)\\s*]");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„«»]");
    private static final Pattern END_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s‘’]+|[\\p{Punct}\\s‘’]+$");

    private QuotedPhrases() {
    }

    static List<String> in(String text) {
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            for (int group = 1; group <= quoted.groupCount(); group++) {
                if (quoted.group(group) != null && quoted.group(group).chars().anyMatch(Character::isLetter)) {
                    phrases.add(quoted.group(group));
                }
            }
        }
        return phrases;
    }

    /** Whether every cut piece of the phrase appears in the text, in any case and quote style. */
    static boolean appearsIn(String phrase, String text) {
        String haystack = normalised(text);
        for (String piece : CUT.split(phrase)) {
            String needle = END_PUNCTUATION.matcher(normalised(piece)).replaceAll("");
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    static String normalised(String text) {
        return normalisedKeepingCase(text).toLowerCase(Locale.ROOT);
    }

    /** As {@link #normalised}, capitals kept: for text the tagger reads, which reads names by their capitals. */
    static String normalisedKeepingCase(String text) {
        String plain = QUOTE_MARKS.matcher(text).replaceAll("")
                .replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'')
                .replace('–', '-').replace('—', '-');
        return plain.replaceAll("\\s+", " ").strip();
    }
}
