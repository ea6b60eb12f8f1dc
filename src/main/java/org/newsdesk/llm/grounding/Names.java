package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.Nationalities;

/**
 * Names an answer mentions (people, places, organisations) that none of its passages mention: a model
 * that brings in someone the articles never name is not answering from them. Only capitalised words
 * inside a sentence count, since a sentence's first word is capitalised anyway; months, days and
 * titles ("President") are not names; an acronym is known when the passages spell it out ("International Criminal Court").
 */
final class Names {

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}]*");
    private static final Pattern QUOTED = Pattern.compile("[\"“„«][^\"“”„«»]*[\"”“»]");
    private static final Pattern SENTENCE_START = Pattern.compile("^[\\s\\p{Punct}“«„‘-]*");
    static final Set<String> NOT_NAMES = Set.of("i", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "president", "prime", "minister",
            "first", "lady", "king", "queen", "prince", "princess", "chancellor", "secretary", "general", "senator",
            "governor", "mayor", "pope", "sir", "foreign", "defence", "defense", "commissioner", "spokesman",
            "spokeswoman", "spokesperson");
    /** Names are compared by their first letters, so "Russian" finds "Russia" and "Moscow’s" finds "Moscow". */
    private static final int STEM = 5;

    private Names() {
    }

    /** The names in a sentence that no passage mentions, in the script the passages are written in. */
    static List<String> unknownIn(String sentence, List<GivenPassage> passages) {
        String passageText = String.join("\n", passages.stream().map(GivenPassage::shown).toList());
        String lowerPassages = passageText.toLowerCase(Locale.ROOT);
        String text = QUOTED.matcher(sentence).replaceAll(" ");
        Matcher start = SENTENCE_START.matcher(text);
        int firstWord = start.lookingAt() ? start.end() : 0;
        List<String> unknown = new ArrayList<>();
        Set<String> standIns = Capitals.standInWords(text, passageText);
        Matcher name = CAPITALISED.matcher(text);
        while (name.find()) {
            String word = name.group();
            boolean acronym = word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
            if ((name.start() == firstWord && !acronym) || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                    || word.length() < 2 || !Scripts.uses(passageText, UnicodeScript.of(word.codePointAt(0)))) {
                continue;
            }
            boolean known = acronym ? spelledOut(word, passageText) || lowerPassages.contains(word.toLowerCase(Locale.ROOT))
                    : lowerPassages.contains(prefix(word.toLowerCase(Locale.ROOT)));
            known |= !acronym && placeKin(word).stream().anyMatch(lowerPassages::contains);
            if (!known && !standIns.contains(word.toLowerCase(Locale.ROOT))) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /**
     * The names a place's name and its adjective give one another, in lower case by their first letters, from
     * WordNet's pertainyms ({@link Nationalities}): "Flemish" for "Flanders", the country's names for "Dutch"
     * ("Nederland", "Holland"...). A name is as good as its adjective: "Flanders' minister" for "the Flemish minister".
     */
    static Set<String> placeKin(String name) {
        Set<String> kin = new HashSet<>();
        Nationalities.countriesOf(name).forEach(country -> kin.add(prefix(country.toLowerCase(Locale.ROOT))));
        ADJECTIVES_BY_PLACE.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())
                .forEach(adjective -> kin.add(prefix(adjective.toLowerCase(Locale.ROOT))));
        return kin;
    }

    private static final Map<String, List<String>> ADJECTIVES_BY_PLACE = adjectivesByPlace();

    private static Map<String, List<String>> adjectivesByPlace() {
        Map<String, List<String>> byPlace = new HashMap<>();
        Nationalities.countriesByAdjective().forEach((adjective, places) -> places.forEach(place -> byPlace
                .computeIfAbsent(place.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(adjective)));
        return byPlace;
    }

    /** A name in lower case by the first letters names are compared by. */
    static String prefix(String lower) {
        return lower.length() <= STEM ? lower : lower.substring(0, STEM);
    }

    /** A tagged word that is a name: a capitalised proper noun that is no title, month, day or figure. */
    static boolean isName(Token token) {
        return token.is("PROPN") && token.text().length() > 1 && Character.isUpperCase(token.text().charAt(0))
                && !NOT_NAMES.contains(token.lower()) && !Grammar.MONTHS.contains(token.lower())
                && !Grammar.WEEKDAYS.contains(token.lower()) && Figures.in(token.text()).isEmpty();
    }

    static boolean spelledOut(String acronym, String text) {
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < acronym.length(); i++) {
            if (i > 0) {
                regex.append("\\s+(?:(?:of|the|for|and|on)\\s+)*");
            }
            regex.append(acronym.charAt(i)).append("\\p{L}*");
        }
        return Pattern.compile(regex.toString()).matcher(text).find();
    }
}
