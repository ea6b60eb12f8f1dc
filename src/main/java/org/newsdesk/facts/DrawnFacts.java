package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.facts.QuickFact.Kind;
import org.newsdesk.index.Passage;

/**
 * Quick facts for an article no editor curated: the figures, people, places and dates its sentences
 * name, each with the first sentence that names it. Plain patterns over wire copy, so they favour
 * precision: a detail that might be misread is left out rather than mislabelled.
 */
final class DrawnFacts {

    /** Per kind, so one kind of detail never crowds out the others. */
    static final int PER_KIND = 2;

    private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
            + "|dozens|hundreds|thousands|millions";
    /** A quantity and the noun it counts: "150 prisoners of war", "almost 20,000 children", "Eight children". */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:almost|nearly|about|around|more than|over|at least|some) )?"
                    + "(?:\\d[\\d,.]*(?:%| percent| per cent)?(?: (?:million|billion|thousand))?|(?i:" + NUMBER_WORDS + "))"
                    + "(?: (?:of )?(?:their |the )?[a-z][a-z-]+){1,2}(?: of [a-z]+)?");
    /** Small words a figure's phrase must not end on: "20,000 children from" is "20,000 children". */
    private static final Pattern TRAILING_SMALL_WORDS = Pattern.compile(
            "(?: (?:from|the|on|in|at|to|and|or|by|for|with|were|was|had|have|has|of|their|a|an|as|after|before))+$");
    private static final Pattern BARE_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\b.*");
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}’'-])\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,3}(?![\\p{L}’'])");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at|from|to|near|across|into|toward|towards|outside) (?:the )?"
                    + "(?<place>\\p{Lu}\\p{Ll}++(?: \\p{Lu}\\p{Ll}++)?)(?! \\p{Lu})(?![’']s\\b)");
    /** Titles and honorifics stripped from the front of a name: "President Vladimir Putin" is Vladimir Putin. */
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "first", "lady", "princess",
            "prince", "king", "queen", "pope", "general", "mr", "mrs", "ms", "dr", "chief", "us", "the", "former",
            "foreign", "defence", "defense", "secretary", "chancellor", "senator", "governor", "mayor", "judge",
            "spokesman", "spokeswoman", "commissioner", "ambassador", "sir", "dame", "state", "deputy");
    /** Words that make a capitalised run an organisation, an event or a place rather than a person. */
    private static final Set<String> NOT_PEOPLE = Set.of("committee", "court", "cross", "red", "international",
            "united", "nations", "ministry", "house", "federation", "union", "council", "office", "agency",
            "emirates", "republic", "kingdom", "states", "white", "criminal", "east", "west", "north", "south",
            "european", "party", "army", "forces", "bank", "university", "news", "press", "church", "general",
            "assembly", "parliament", "congress", "senate", "summit", "war", "day", "street", "square", "sea",
            "ocean", "river", "region", "city", "county", "province", "island", "islands", "world", "cup",
            "kremlin", "arab", "headquarters", "department", "commission", "organisation", "organization");
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "president", "prime", "the", "his", "her", "their", "its",
            "power", "office", "help", "work", "me", "him", "them");

    private DrawnFacts() {
    }

    static List<QuickFact> of(Coverage.Story story) {
        List<QuickFact> facts = new ArrayList<>();
        facts.addAll(collect(story, Kind.FIGURE, DrawnFacts::figures));
        facts.addAll(collect(story, Kind.PERSON, DrawnFacts::people));
        facts.addAll(collect(story, Kind.PLACE, DrawnFacts::places));
        facts.addAll(collect(story, Kind.DATE, sentence -> DateMentions.in(sentence, story.info().published()).stream()
                .map(DateMentions.Mention::words).toList()));
        return facts;
    }

    /** The first {@link #PER_KIND} distinct details of a kind, each quoted from its first sentence. */
    private static List<QuickFact> collect(Coverage.Story story, Kind kind, Function<String, List<String>> finder) {
        List<QuickFact> facts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Passage sentence : story.sentences()) {
            for (String detail : finder.apply(sentence.text())) {
                if (facts.size() < PER_KIND && seen.add(detail.toLowerCase(Locale.ROOT))) {
                    facts.add(new QuickFact(kind, detail, story.quote(sentence)));
                }
            }
        }
        return facts;
    }

    static List<String> figures(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher figure = FIGURE.matcher(sentence);
        while (figure.find()) {
            String text = TRAILING_SMALL_WORDS.matcher(figure.group().replaceAll("[,.]+$", "")).replaceAll("");
            if (!BARE_YEAR.matcher(text).matches()) {
                found.add(text);
            }
        }
        return found;
    }

    static List<String> people(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            List<String> words = new ArrayList<>(List.of(name.group().split(" ")));
            while (!words.isEmpty() && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            boolean organisation = words.stream().anyMatch(w -> NOT_PEOPLE.contains(w.toLowerCase(Locale.ROOT)));
            boolean startsSentence = name.start() == 0 && words.size() == name.group().split(" ").length;
            if (words.size() >= 2 && !organisation && !startsSentence && DateMentions.in(String.join(" ", words), null)
                    .isEmpty()) {
                found.add(String.join(" ", words));
            }
        }
        return found;
    }

    static List<String> places(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher place = PLACE.matcher(sentence);
        while (place.find()) {
            String name = place.group("place");
            if (!NOT_PLACES.contains(name.split(" ")[0].toLowerCase(Locale.ROOT))) {
                found.add(name);
            }
        }
        return found;
    }
}
