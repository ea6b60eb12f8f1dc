package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * The people a sentence names, for {@link DrawnFacts}. A person is a run of capitalised names next to a person
 * cue: a reporting verb ("said", "told"), a title or role ("Deputy Health Minister", "parks director", "Mr"), an
 * age (", 52,") or ", who". Titles are left out of the name, and a name with a word of an organisation is no
 * person's ({@link NameWords}).
 */
final class PersonFinder {

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
    private static final Pattern AGE_AFTER = Pattern.compile("\\A, \\d{1,3},");

    private PersonFinder() {
    }

    /** Capitalised names the sentence marks as people's. */
    static List<String> people(String sentence) {
        return people(sentence, PartOfSpeechTagger.shared().tag(sentence));
    }

    static List<String> people(String sentence, List<Token> tokens) {
        List<String> found = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(tokens)) {
            int start = run.start();
            int end = run.end();
            int nameStart = start;
            for (int i = start; i < end; i++) {
                if (NameWords.title(tokens.get(i)) || Tokens.determiner(tokens.get(i))) {
                    nameStart = i + 1;
                }
            }
            int words = (int) tokens.subList(nameStart, end).stream().filter(Tokens::capitalised).count();
            boolean opensSentence = nameStart == 0 && !tokens.get(0).is("PROPN");
            if (words < 2 || words > 4 || opensSentence || NameWords.notAPerson(tokens.subList(nameStart, end))) {
                continue;
            }
            boolean titled = nameStart > start && !Tokens.determiner(tokens.get(nameStart - 1))
                    || roleBefore(tokens, nameStart);
            if (titled || cueAfter(sentence, tokens, end) || reportedBefore(tokens, nameStart)) {
                found.add(Tokens.span(sentence, tokens, nameStart, end - 1));
            }
        }
        return found;
    }

    /** "parks director Helen Marsh", "the engineer Arthur Pell", "His defense lawyer, Marie-Claire Dufresne". */
    private static boolean roleBefore(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && tokens.get(before).text().equals(",")) {
            before--;
        }
        return before >= 0 && ROLES.contains(Tokens.lower(tokens.get(before)));
    }

    /** ", 52,", ", who", ", a former militia commander", or a reporting verb right after a name: it is a person's. */
    static boolean cueAfter(String sentence, List<Token> tokens, int end) {
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
