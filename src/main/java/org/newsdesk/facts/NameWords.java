package org.newsdesk.facts;

import java.util.List;
import java.util.Set;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * What the words of a capitalised name say it is, for {@link PersonFinder} and {@link PlaceFinder}: a title
 * before a person's name, an organisation or a thing, or a place's own name ("River Wend").
 */
final class NameWords {

    /** Titles and roles before a name; they are not part of it: "Deputy Health Minister Oksana Hrytsenko". */
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "first", "lady", "princess",
            "prince", "king", "queen", "pope", "general", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "chief",
            "former", "foreign", "defence", "defense", "secretary", "chancellor", "senator", "governor", "mayor",
            "judge", "spokesman", "spokeswoman", "spokesperson", "commissioner", "ambassador", "sir", "dame", "state",
            "deputy", "executive", "officer", "director", "manager", "commander", "captain", "health", "finance",
            "interior", "justice", "vice", "head", "chairman", "chairwoman", "chair", "professor", "prof", "prof.",
            "lord", "archbishop", "bishop", "father", "sister", "rev", "rev.", "reverend", "sheriff", "inspector",
            "sergeant", "constable", "detective", "superintendent", "councillor", "councilor", "coach", "editor",
            "founder", "leader", "president-elect", "senior", "acting", "assistant", "associate", "mp", "mep");
    /** Words that make a capitalised run an organisation, a thing or a place rather than a person. */
    private static final Set<String> NOT_PEOPLE = Set.of("committee", "court", "cross", "red", "international",
            "united", "nations", "ministry", "house", "federation", "union", "council", "office", "agency",
            "emirates", "republic", "kingdom", "states", "white", "criminal", "east", "west", "north", "south",
            "european", "party", "army", "forces", "bank", "university", "news", "press", "church", "general",
            "assembly", "parliament", "congress", "senate", "summit", "war", "day", "street", "square", "sea",
            "ocean", "river", "region", "city", "county", "province", "island", "islands", "world", "cup",
            "kremlin", "arab", "headquarters", "department", "commission", "organisation", "organization", "library",
            "road", "avenue", "lane", "lake", "lakes", "age", "bridge", "company", "inc", "inc.", "ltd", "ltd.",
            "group", "vehicles", "school", "primary", "hospital", "station", "airport", "port", "harbour", "harbor",
            "park", "museum", "centre", "center", "hall", "trust", "fund", "foundation", "institute", "college",
            "association", "society", "club", "league", "team", "festival", "storm", "hurricane", "corporation",
            "semiconductor", "airlines", "railway", "police", "service", "services", "times", "post", "gazette",
            "chronicle", "herald", "tribune", "mv", "hms", "uss", "mount", "valley", "coast", "bay",
            "district", "borough", "estate", "award", "prize", "games", "olympics", "championship", "treaty", "act");
    /** Words that stop a place: organisations are not places, whatever preposition comes before them. */
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "his", "her", "their", "its", "university", "college",
            "school", "hospital", "church", "court", "council", "ministry", "committee", "agency", "company",
            "corporation", "inc", "group", "party", "bank", "institute", "office", "department", "commission",
            "parliament", "congress", "senate", "army", "police", "government", "methodist", "catholic", "anglican",
            "baptist", "union", "association", "foundation", "trust", "fund", "club", "league", "team", "festival",
            "summit", "war", "age", "mr", "mrs", "ms", "dr", "president", "minister", "prime");
    /** Words of a place's own name that {@link #NOT_PEOPLE} lists: "River Wend", "West Midlands", "Carrow Street". */
    private static final Set<String> PLACE_WORDS = Set.of("street", "square", "sea", "ocean", "river", "region",
            "city", "county", "province", "island", "islands", "road", "avenue", "lane", "lake", "lakes", "bridge",
            "port", "harbour", "harbor", "park", "mount", "valley", "coast", "bay", "district", "borough", "estate",
            "east", "west", "north", "south", "united", "kingdom", "states", "emirates", "republic", "arab");

    private NameWords() {
    }

    /** A title or role that may stand before a person's name, in any case: "Minister", "Mr". */
    static boolean title(Token token) {
        return TITLES.contains(Tokens.lower(token));
    }

    /** A word of the name makes it an organisation, a thing or a place rather than a person. */
    static boolean notAPerson(List<Token> name) {
        return name.stream().anyMatch(token -> NOT_PEOPLE.contains(Tokens.lower(token))
                || NOT_PLACES.contains(Tokens.lower(token)) && !TITLES.contains(Tokens.lower(token)));
    }

    /** A word of the name makes it an organisation, a thing, a day or month, or a title rather than a place. */
    static boolean notAPlace(List<Token> name) {
        return name.stream().anyMatch(token -> NOT_PLACES.contains(Tokens.lower(token))
                || NOT_PEOPLE.contains(Tokens.lower(token)) && !PLACE_WORDS.contains(Tokens.lower(token)));
    }
}
