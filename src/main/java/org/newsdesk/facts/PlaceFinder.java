package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * The places a sentence names, for {@link DrawnFacts}. A place is a capitalised name after in, at, from, near
 * and the like that is neither an organisation ({@link NameWords}), a person ({@link PersonFinder}) nor the
 * first word of a longer name ("the Methodist church"), or the place of the article's dateline.
 */
final class PlaceFinder {

    /** "the town of Valmorte", "the villages of Kanyoro and Ruvumu". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "villages", "hamlet", "region",
            "province", "state", "county", "district", "island", "port", "capital", "municipality", "suburb");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "into",
            "toward", "towards", "outside", "throughout", "around", "to", "inside", "off", "via", "on", "over");

    private PlaceFinder() {
    }

    /** Capitalised names the sentence places something in, at or from. */
    static List<String> places(String sentence) {
        return places(sentence, PartOfSpeechTagger.shared().tag(sentence), "");
    }

    /**
     * @param datelinePlace the place of the article's dateline, a place wherever the sentence names it; or
     *                      empty
     */
    static List<String> places(String sentence, List<Token> tokens, String datelinePlace) {
        List<String> found = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(tokens)) {
            int start = run.start();
            int end = run.end();
            boolean theInName = Tokens.lower(tokens.get(start)).equals("the") && end - start >= 2 && start > 0;
            int nameStart = Tokens.determiner(tokens.get(start)) && !theInName ? start + 1 : start;
            if (nameStart >= end || end - nameStart > 3) {
                continue;
            }
            String name = Tokens.span(sentence, tokens, nameStart, end - 1);
            boolean dateline = !datelinePlace.isEmpty() && name.equalsIgnoreCase(datelinePlace);
            if (!dateline && !afterPlaceWord(tokens, nameStart)) {
                continue;
            }
            boolean modifier = end < tokens.size() && tokens.get(end).is("NOUN") && Tokens.lowerCase(tokens.get(end));
            boolean organisation = NameWords.notAPlace(tokens.subList(theInName ? start + 1 : nameStart, end));
            boolean person = PersonFinder.cueAfter(sentence, tokens, end) || NameWords.title(tokens.get(nameStart));
            if (!modifier && !organisation && !person) {
                found.add(name);
            }
        }
        return found;
    }

    /** "in Braga", "from the West Midlands", "in eastern Congo", "the town of Valmorte". */
    private static boolean afterPlaceWord(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && Tokens.lower(tokens.get(before)).equals("the")) {
            before--;
        }
        if (before >= 0 && tokens.get(before).is("ADJ") && Tokens.lowerCase(tokens.get(before))) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String word = Tokens.lower(tokens.get(before));
        return PLACE_PREPOSITIONS.contains(word)
                || word.equals("of") && before > 0 && SETTLEMENTS.contains(Tokens.lower(tokens.get(before - 1)));
    }
}
