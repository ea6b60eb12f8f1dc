package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.text.Nationalities;

/**
 * The specific things a question names (people, places, organisations, acronyms, figures) that appear
 * nowhere in the articles. A question about someone the coverage never mentions cannot be answered
 * from it, however similar its other words are.
 */
final class Specifics {

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}’'-]*");
    /** A figure standing as a word of its own: not the "24" and "7" of the name "Kalinga 24x7". */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}[\\p{N},.]*(?![\\p{L}\\p{N}]|[.,]\\p{N})");
    /** Capitalised words that name nothing in particular: titles, pronouns, question words. */
    private static final Set<String> GENERIC = Set.of(
            "i", "mr", "mrs", "ms", "dr", "sir", "madam", "the", "a", "an", "what", "who", "whom", "whose", "which",
            "when", "where", "why", "how", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had",
            "can", "could", "will", "would", "should", "and", "but", "or", "so", "in", "on", "at", "of", "to", "for",
            "according", "tell", "please", "ok", "okay", "also", "then", "if", "it", "its", "she", "he", "they",
            "her", "his", "their", "this", "that", "these", "those", "there", "first", "lady", "president", "mrs.",
            "mr.", "me", "my", "we", "our", "you", "your");
    private static final Map<String, String> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("1", "one"), Map.entry("2", "two"), Map.entry("3", "three"), Map.entry("4", "four"),
            Map.entry("5", "five"), Map.entry("6", "six"), Map.entry("7", "seven"), Map.entry("8", "eight"),
            Map.entry("9", "nine"), Map.entry("10", "ten"), Map.entry("11", "eleven"), Map.entry("12", "twelve"),
            Map.entry("20", "twenty"), Map.entry("100", "hundred"), Map.entry("1000", "thousand"));
    /**
     * A currency after a capitalised word: "in US dollars", "in Swiss francs" ask for an amount in a unit, which
     * an article may write "$39.6 million", so the word is no name the article must hold.
     */
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\A\\s+(?:dollars?|francs?|pounds?|euros?|yen|yuan|rupees?|pesos?|kronor|kroner|krona|crowns?|rand|reais|real)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Shorter shared stems say too little ("Brit" for British/Britain is about the limit). */
    private static final int SHARED_PREFIX = 4;

    private Specifics() {
    }

    /** The names and figures of a question: capitalised words (other than the first and titles) and numbers. */
    static List<String> namesIn(String question) {
        List<String> names = new ArrayList<>();
        Matcher capitalised = CAPITALISED.matcher(question);
        boolean first = true;
        while (capitalised.find()) {
            String word = capitalised.group().replaceAll("['’]s$", "");
            boolean atStart = first && capitalised.start() == leadingSpace(question);
            first = false;
            boolean currency = CURRENCY_AFTER.matcher(question).region(capitalised.end(), question.length()).lookingAt();
            if (!atStart && !currency && !GENERIC.contains(word.toLowerCase(Locale.ROOT)) && word.length() >= 2) {
                names.add(word);
            }
        }
        Matcher figure = FIGURE.matcher(question);
        while (figure.find()) {
            names.add(figure.group().replaceAll("[,.]+$", ""));
        }
        return names;
    }

    /**
     * The ways an article may write a name of the question: as written, and for the adjective of a country,
     * the country ("Portuguese floods" are told of as floods in Portugal).
     */
    static List<String> spellings(String name) {
        List<String> spellings = new ArrayList<>(List.of(name));
        spellings.addAll(Nationalities.countriesOf(name));
        return spellings;
    }

    /** The names and figures of a question that no article contains. */
    static List<String> unknownIn(String question, Snapshot snapshot) {
        List<String> unknown = new ArrayList<>();
        LexicalIndex lexical = snapshot.lexical();
        for (String name : namesIn(question)) {
            boolean known = Character.isDigit(name.charAt(0)) ? knownFigure(name, lexical)
                    : known(name, lexical) || isAcronym(name) && expandsIn(name, snapshot);
            if (!known) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static boolean knownFigure(String number, LexicalIndex lexical) {
        String plain = number.replace(",", "");
        String word = SMALL_NUMBERS.get(plain);
        return known(number, lexical) || known(plain, lexical) || word != null && known(word, lexical);
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean known(String word, LexicalIndex lexical) {
        for (String term : lexical.terms(word)) {
            if (lexical.passagesWith(term) > 0) {
                return true;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return lower.length() > SHARED_PREFIX && !lower.chars().allMatch(Character::isDigit)
                && lexical.hasTermStartingWith(lower.substring(0, SHARED_PREFIX));
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether some article spells the acronym out, as "International Criminal Court" for ICC. */
    private static boolean expandsIn(String acronym, Snapshot snapshot) {
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < acronym.length(); i++) {
            if (i > 0) {
                regex.append("\\s+(?:(?:of|the|for|and|on|de|du)\\s+)*");
            }
            regex.append(acronym.charAt(i)).append("[\\p{L}’'-]*");
        }
        Pattern spelledOut = Pattern.compile(regex.toString());
        for (Article article : snapshot.articles()) {
            if (spelledOut.matcher(article.body()).find()) {
                return true;
            }
        }
        return false;
    }
}
