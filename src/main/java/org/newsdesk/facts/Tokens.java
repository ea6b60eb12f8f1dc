package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * How the finders of {@link DrawnFacts} read a sentence's tagged tokens: in lower case, as capitalised
 * names and runs of them, as determiners, and back as the words of the sentence they span.
 */
final class Tokens {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

    /** Capitalised tokens in a row, as the token indexes [start, end). */
    record Run(int start, int end) {
    }

    private Tokens() {
    }

    /** Runs of capitalised words, hyphenated names ("Marie-Claire") kept whole. */
    static List<Run> capitalisedRuns(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i++;
            while (i < tokens.size()) {
                boolean next = capitalised(tokens.get(i)) && spaced(tokens, i - 1);
                boolean hyphen = i + 1 < tokens.size() && tokens.get(i).text().equals("-") && attached(tokens, i)
                        && capitalised(tokens.get(i + 1));
                if (hyphen) {
                    i += 2;
                } else if (next) {
                    i++;
                } else {
                    break;
                }
            }
            runs.add(new Run(start, i));
        }
        return runs;
    }

    static boolean capitalised(Token token) {
        return CAPITALISED.matcher(token.text()).matches() && token.text().chars().anyMatch(Character::isLowerCase)
                && !token.text().endsWith("'s") && !token.text().endsWith("’s");
    }

    /** "the", "a" or "an", in any case. */
    static boolean determiner(Token token) {
        return DETERMINERS.contains(lower(token));
    }

    /** No space between the token and either neighbour: the hyphen of "single-use". */
    static boolean attached(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** The next token follows this one after one space at most. */
    private static boolean spaced(List<Token> tokens, int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() <= 1;
    }

    /** The token starts with a lower-case letter. */
    static boolean lowerCase(Token token) {
        return Character.isLowerCase(token.text().charAt(0));
    }

    /** The sentence's words from token {@code first} to token {@code last}, both included, as written. */
    static String span(String sentence, List<Token> tokens, int first, int last) {
        return sentence.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
