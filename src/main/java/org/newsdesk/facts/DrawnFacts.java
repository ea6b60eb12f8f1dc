package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsdesk.facts.QuickFact.Kind;
import org.newsdesk.index.Passage;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * Quick facts for an article no editor curated: the figures, people, places and dates its reporting
 * names, each with the first sentence that names it. The words come from OpenNLP's part-of-speech tagger
 * ({@link PartOfSpeechTagger}); what they are comes from cues around them, and a detail without its cue is
 * left out rather than mislabelled:
 * <ul>
 *   <li>a figure is a number with the noun it counts ("eight children", "about 1,400 people", "150
 *       prisoners of war") or an amount of money ("£42 million"), never a year or a bare number;</li>
 *   <li>a person is a run of capitalised names next to a person cue: a reporting verb ("said", "told"),
 *       a title or role ("Deputy Health Minister", "parks director", "Mr"), an age (", 52,") or ", who";</li>
 *   <li>a place is a capitalised name after in, at, from, near and the like that is neither an
 *       organisation, a person nor the first word of a longer name ("the Methodist church"), or the place
 *       of the article's dateline.</li>
 * </ul>
 * Measured on six hand-labelled dev corpus articles (DrawnFactsPrecisionTest).
 */
final class DrawnFacts {

    /** Per kind, so one kind of detail never crowds out the others. */
    static final int PER_KIND = 2;
    /**
     * Sentences read per article, at most: every sentence of a long feature (the dev corpus's longest
     * article has 55), while a megabyte of text does not cost seconds of tagging.
     */
    static final int MAX_SENTENCES = 60;
    /** "the town of Valmorte", "the villages of Kanyoro and Ruvumu". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "villages", "hamlet", "region",
            "province", "state", "county", "district", "island", "port", "capital", "municipality", "suburb");
    /** Words of a place's own name that {@link #NOT_PEOPLE} lists: "River Wend", "West Midlands", "Carrow Street". */
    private static final Set<String> PLACE_WORDS = Set.of("street", "square", "sea", "ocean", "river", "region",
            "city", "county", "province", "island", "islands", "road", "avenue", "lane", "lake", "lakes", "bridge",
            "port", "harbour", "harbor", "park", "mount", "valley", "coast", "bay", "district", "borough", "estate",
            "east", "west", "north", "south", "united", "kingdom", "states", "emirates", "republic", "arab");
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
    /** Roles written in lower case before a name or after it: "parks director Helen Marsh", "a marine biologist". */
    private static final Set<String> ROLES = Set.of("director", "manager", "spokesman", "spokeswoman", "spokesperson",
            "minister", "president", "mayor", "commander", "chief", "officer", "executive", "secretary", "chairman",
            "chairwoman", "head", "leader", "governor", "senator", "judge", "prosecutor", "lawyer", "attorney", "poet",
            "writer", "author", "artist", "engineer", "teacher", "doctor", "nurse", "professor", "researcher",
            "scientist", "biologist", "economist", "analyst", "official", "councillor", "ambassador", "envoy",
            "commissioner", "captain", "skipper", "coach", "player", "singer", "actor", "founder", "owner", "farmer",
            "fisherman", "resident", "student", "worker", "driver", "pilot", "priest", "bishop", "chef", "architect",
            "historian", "campaigner", "activist", "survivor", "witness", "mother", "father", "son", "daughter",
            "wife", "husband", "widow", "neighbour", "neighbor", "shopkeeper", "volunteer", "organiser", "organizer",
            "photographer", "journalist", "reporter", "correspondent", "novelist", "composer", "designer",
            "inspector", "sergeant", "detective", "headteacher", "principal", "dean", "surgeon", "paramedic",
            "firefighter", "colonel", "lieutenant", "general", "admiral", "soldier", "veteran", "defender",
            "striker", "midfielder", "goalkeeper", "trainer", "jockey", "boss", "ceo", "chair");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "explained",
            "wrote", "writes", "announced", "warned", "asked", "recalled", "insisted", "argued", "noted", "stated",
            "confirmed", "testified", "acknowledged", "admitted", "laughed", "replied", "answered");
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
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "into",
            "toward", "towards", "outside", "throughout", "around", "to", "inside", "off", "via", "on", "over");
    private static final Pattern AGE_AFTER = Pattern.compile("\\A, \\d{1,3},");

    private DrawnFacts() {
    }

    static List<QuickFact> of(Coverage.Story story) {
        // each sentence is tagged once, however many kinds look at it
        Map<String, List<Token>> tagged = new HashMap<>();
        Function<String, List<Token>> tags = sentence -> tagged.computeIfAbsent(sentence, PartOfSpeechTagger.shared()::tag);
        String datelinePlace = story.article().metadata().dateline().isEmpty() ? ""
                : story.article().metadata().place();
        List<QuickFact> facts = new ArrayList<>();
        facts.addAll(collect(story, Kind.FIGURE, sentence -> FigureFinder.figures(sentence, tags.apply(sentence))));
        facts.addAll(collect(story, Kind.PERSON, sentence -> people(sentence, tags.apply(sentence))));
        facts.addAll(collect(story, Kind.PLACE, sentence -> places(sentence, tags.apply(sentence), datelinePlace)));
        facts.addAll(collect(story, Kind.DATE, sentence -> DateMentions.in(sentence, story.info().published()).stream()
                .map(DateMentions.Mention::words).toList()));
        return facts;
    }

    /** The first {@link #PER_KIND} distinct details of a kind, each quoted from its first sentence. */
    private static List<QuickFact> collect(Coverage.Story story, Kind kind, Function<String, List<String>> finder) {
        List<QuickFact> facts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Passage sentence : story.sentences().subList(0, Math.min(MAX_SENTENCES, story.sentences().size()))) {
            if (facts.size() >= PER_KIND) {
                break;
            }
            for (String detail : finder.apply(sentence.text())) {
                if (facts.size() < PER_KIND && seen.add(detail.toLowerCase(Locale.ROOT))) {
                    facts.add(new QuickFact(kind, detail, story.quote(sentence)));
                }
            }
        }
        return facts;
    }

    /** Capitalised names the sentence marks as people's. */
    static List<String> people(String sentence) {
        return people(sentence, PartOfSpeechTagger.shared().tag(sentence));
    }

    private static List<String> people(String sentence, List<Token> tokens) {
        List<String> found = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(tokens)) {
            int start = run.start();
            int end = run.end();
            int nameStart = start;
            for (int i = start; i < end; i++) {
                if (TITLES.contains(Tokens.lower(tokens.get(i))) || Tokens.determiner(tokens.get(i))) {
                    nameStart = i + 1;
                }
            }
            int words = (int) tokens.subList(nameStart, end).stream().filter(Tokens::capitalised).count();
            boolean opensSentence = nameStart == 0 && !tokens.get(0).is("PROPN");
            if (words < 2 || words > 4 || opensSentence || organisation(tokens, nameStart, end)) {
                continue;
            }
            boolean titled = nameStart > start && !Tokens.determiner(tokens.get(nameStart - 1))
                    || roleBefore(tokens, nameStart);
            if (titled || personCueAfter(sentence, tokens, end) || reportedBefore(tokens, nameStart)) {
                found.add(Tokens.span(sentence, tokens, nameStart, end - 1));
            }
        }
        return found;
    }

    /** Capitalised names the sentence places something in, at or from. */
    static List<String> places(String sentence) {
        return places(sentence, PartOfSpeechTagger.shared().tag(sentence), "");
    }

    /**
     * @param datelinePlace the place of the article's dateline, a place wherever the sentence names it; or
     *                      empty
     */
    private static List<String> places(String sentence, List<Token> tokens, String datelinePlace) {
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
            boolean organisation = tokens.subList(theInName ? start + 1 : nameStart, end).stream()
                    .anyMatch(token -> NOT_PLACES.contains(Tokens.lower(token)) || NOT_PEOPLE.contains(Tokens.lower(token))
                            && !PLACE_WORDS.contains(Tokens.lower(token)));
            boolean person = personCueAfter(sentence, tokens, end) || TITLES.contains(Tokens.lower(tokens.get(nameStart)));
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

    private static boolean organisation(List<Token> tokens, int start, int end) {
        return tokens.subList(start, end).stream().anyMatch(token -> NOT_PEOPLE.contains(Tokens.lower(token))
                || NOT_PLACES.contains(Tokens.lower(token)) && !TITLES.contains(Tokens.lower(token)));
    }

    /** "parks director Helen Marsh", "the engineer Arthur Pell", "His defense lawyer, Marie-Claire Dufresne". */
    private static boolean roleBefore(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && tokens.get(before).text().equals(",")) {
            before--;
        }
        return before >= 0 && ROLES.contains(Tokens.lower(tokens.get(before)));
    }

    /** ", 52,", ", who", ", a former militia commander", or a reporting verb right after a name. */
    private static boolean personCueAfter(String sentence, List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String rest = sentence.substring(tokens.get(end - 1).end());
        if (AGE_AFTER.matcher(rest).find() || rest.startsWith(", who ")) {
            return true;
        }
        int next = tokens.get(end).text().equals(",") ? end + 1 : end;
        if (next < tokens.size() && REPORTING.contains(Tokens.lower(tokens.get(next)))) {
            return true;
        }
        boolean apposition = next > end && next < tokens.size() && Tokens.determiner(tokens.get(next));
        for (int i = next + 1; apposition && i < Math.min(tokens.size(), next + 5); i++) {
            if (ROLES.contains(Tokens.lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "said Nadia Hussain", "according to Esther Mwamba". */
    private static boolean reportedBefore(List<Token> tokens, int start) {
        String previous = start > 0 ? Tokens.lower(tokens.get(start - 1)) : "";
        return REPORTING.contains(previous) || previous.equals("to") && start > 1 && Tokens.lower(tokens.get(start - 2))
                .equals("according");
    }
}
