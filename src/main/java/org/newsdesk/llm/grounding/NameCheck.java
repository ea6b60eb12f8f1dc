package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * Every name of a sentence is in the words it rests on, not merely somewhere in the passages: by its first
 * letters, spelled out ("ICC"), as the country of a capital, as the cited publisher ("according to AFP"), or
 * standing in the support's place for a word that stands for it ("he", "its", "the airline"), or owning what
 * a possessive pronoun owns there ("Falcao's lawyer" for "his lawyer").
 */
final class NameCheck {

    private NameCheck() {
    }

    static List<Problem> problems(String claim, Statement said, String support, Statement source, String shown,
                                  List<GivenPassage> cited) {
        Set<String> publishers = publishers(cited);
        String lowerShown = shown.toLowerCase(Locale.ROOT);
        Set<String> standIns = Capitals.standInWords(claim, support);
        String sourceText = source.tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> name : said.names.entrySet()) {
            boolean inSpan = source.prefixes.contains(name.getKey())
                    || source.prefixes.stream().anyMatch(prefix -> prefix.startsWith(name.getKey()))
                    || name.getValue().chars().allMatch(Character::isUpperCase) && Names.spelledOut(name.getValue(), sourceText)
                    || standIns.contains(name.getValue().toLowerCase(Locale.ROOT))
                    || publishers.contains(name.getKey())
                    || Names.placeKin(name.getValue()).stream().anyMatch(source.prefixes::contains);
            // a place the support names only inside a longer name is no ground that another of its passages gives
            boolean placeInName = placeOnlyInLongerName(name.getKey(), said, source);
            inSpan &= !placeInName;
            boolean shownAtAll = lowerShown.contains(name.getKey());
            boolean stoodFor = source.standIn && shownAtAll && standsInFor(name.getKey(), said, source)
                    || shownAtAll && namesDescription(name.getValue(), source, shown)
                    || (source.standIn && ownsForPronoun(name.getKey(), said, source)
                    || ownsForDescription(name.getKey(), said, source))
                    && mostNamed(name.getKey(), shownBefore(cited, shown))
                    || shownAtAll && describedAs(name.getKey(), said, source, shown, cited)
                    || sameRoleInPassage(name.getKey(), said, cited)
                    || speakerOfPassage(name.getKey(), said, cited)
                    || ownsWhatTheSpanLeavesUnowned(name.getKey(), said, source, cited);
            // a name the model was never shown is the name check's to report
            if (!inSpan && (!stoodFor || placeInName) && shownAtAll) {
                problems.add(new Problem(Kind.NAME_NOT_IN_SPAN, name.getValue()));
            }
        }
        return problems;
    }

    /**
     * Whether the name is only the owner of phrases in the sentence ("Marseille's deputy mayor"), each of whose head
     * the support gives in a phrase no one owns ("the deputy mayor for housing"), and the cited passage itself names
     * it: the owner the cited words leave out is the passage's ("the city of Marseille ... and placed the deputy mayor
     * for housing under investigation"), not a name from elsewhere.
     */
    private static boolean ownsWhatTheSpanLeavesUnowned(String name, Statement said, Statement source,
                                                        List<GivenPassage> cited) {
        List<Participant> owning = said.participants().stream()
                .filter(who -> who.names().contains(name) || who.possessors().contains(name)).toList();
        if (owning.isEmpty() || owning.stream().anyMatch(who -> who.names().contains(name) || who.head() == null)) {
            return false;
        }
        boolean inPassage = cited.stream().anyMatch(passage -> read(passage.text()).prefixes.contains(name));
        return inPassage && owning.stream().allMatch(who -> source.participants().stream()
                .anyMatch(other -> who.head().equals(other.head()) && other.possessors().isEmpty() && !other.standsIn()));
    }

    /** Prepositions that put what a sentence says at a place: "in Gothenburg", "at Riga", "near Kamloops". */
    private static final Set<String> AT_PLACE = Set.of("in", "at", "near");

    /**
     * Whether the sentence puts something at a place ("in", "at" or "near" and a run of names) that the support
     * names only as part of a longer name: "a match in Malmö" where the support has "Malmö" only in "Malmö
     * Falcons", a team, and the match in Gothenburg. The name's letters are in the span; the place is not.
     */
    private static boolean placeOnlyInLongerName(String name, Statement said, Statement source) {
        Set<String> place = null;
        for (List<String> run : nameRuns(said.tokens, true)) {
            if (run.contains(name)) {
                place = Set.copyOf(run);
            }
        }
        if (place == null) {
            return false;
        }
        List<List<String>> given = nameRuns(source.tokens, false).stream().filter(run -> run.contains(name)).toList();
        Set<String> asPlace = place;
        return !given.isEmpty() && given.stream().allMatch(run -> !asPlace.containsAll(run));
    }

    /** The runs of names of a text, each by its words' first letters; only those after "in", "at" or "near" if asked. */
    private static List<List<String>> nameRuns(List<Token> tokens, boolean placesOnly) {
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Names.isName(tokens.get(i)) || i > 0 && Names.isName(tokens.get(i - 1))) {
                continue;
            }
            if (placesOnly && (i == 0 || !AT_PLACE.contains(tokens.get(i - 1).lower()))) {
                continue;
            }
            List<String> run = new ArrayList<>();
            for (int k = i; k < tokens.size() && Names.isName(tokens.get(k)); k++) {
                run.add(Names.prefix(tokens.get(k).lower()));
                // "the Piraeus-registered Kalliopi": a name joined by a hyphen to a word in lower case places what
                // follows, and is a run of its own
                if (tokens.get(k).text().matches(".*-\\p{Ll}.*")) {
                    break;
                }
            }
            runs.add(run);
        }
        return runs;
    }

    /** A verb of saying right after the one who says: "Farias said", "Asset Match says". */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "added", "adds");

    /**
     * Whether a name the sentence gives as the one who says it ("according to coach Leandro Farias", "Asset Match
     * said") is the one who says it in the cited passage, by either wording, and the passage gives the saying to
     * no one else: the cited words leave out who says them, and the passage's one speaker is theirs ("Palmeiras
     * coach Leandro Farias said Mendonça would probably make his debut" cited for its reported clause alone).
     */
    private static boolean speakerOfPassage(String name, Statement said, List<GivenPassage> cited) {
        if (!speakers(said.tokens).contains(name)) {
            return false;
        }
        return cited.stream().map(passage -> read(passage.text()).tokens).anyMatch(tokens -> {
            long sayings = tokens.stream().filter(token -> SAYING.contains(token.lower())
                    || token.lower().equals("according")).count();
            return sayings == 1 && speakers(tokens).contains(name);
        });
    }

    /**
     * The names of those a text gives as saying it: the run of names, with their titles, right before a verb of
     * saying, and the phrase "according to" opens, up to a comma or the end.
     */
    private static Set<String> speakers(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            if (SAYING.contains(word) && tokens.get(i).is("VERB")) {
                for (int k = i - 1; k >= 0 && tokens.get(k).is("PROPN", "NOUN", "ADJ"); k--) {
                    if (Names.isName(tokens.get(k))) {
                        names.add(Names.prefix(tokens.get(k).lower()));
                    }
                }
            } else if (word.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                for (int k = i + 2; k < tokens.size() && !tokens.get(k).is("PUNCT", "VERB", "AUX"); k++) {
                    if (Names.isName(tokens.get(k))) {
                        names.add(Names.prefix(tokens.get(k).lower()));
                    }
                }
            }
        }
        return names;
    }

    /**
     * Whether the cited passage itself, outside the words cited, gives this name every role the sentence gives it,
     * and no one else those roles: "Kask said the government could not afford the risk" citing only "the
     * government could not take the risk" of "Prime Minister Liis Kask said ... that the government could not take
     * the risk". The speaker or doer the cited words leave out is the passage's, not a name from elsewhere; where
     * the passage gives the role to another too ("A said X, and B said Y") it tells nothing.
     */
    private static boolean sameRoleInPassage(String name, Statement said, List<GivenPassage> cited) {
        Set<String> keys = said.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.who().names().contains(name)).map(Slot::key).collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return false;
        }
        for (GivenPassage passage : cited) {
            List<Slot> slots = read(passage.text()).clauses.stream().flatMap(clause -> clause.slots().stream()).toList();
            boolean all = keys.stream().allMatch(key -> {
                List<Slot> fillers = slots.stream().filter(slot -> slot.key().equals(key)).toList();
                return !fillers.isEmpty() && fillers.stream().allMatch(slot -> slot.who().names().contains(name));
            });
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence gives a name the title the support gives another name: "wicketkeeper Dinesh Fernando" for
     * "fast bowler Kasun Jayasuriya and wicketkeeper Dinesh Fernando" given as "wicketkeeper Kasun Jayasuriya". A
     * title is a common noun right before a run of names ("wicketkeeper", or "Wicketkeeper" opening the run when
     * the support writes it in lower case); the run is known by its last word.
     */
    static boolean swapsTitles(Statement said, String support) {
        String lowerSupport = support.toLowerCase(Locale.ROOT);
        List<Token> tokens = said.tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token title = tokens.get(i);
            boolean opensRun = Character.isUpperCase(title.text().charAt(0)) && title.is("PROPN", "NOUN")
                    && Pattern.compile("\\b" + Pattern.quote(title.text().toLowerCase(Locale.ROOT)) + "\\b").matcher(support).find()
                    && (i == 0 || !Names.isName(tokens.get(i - 1)));
            boolean before = title.is("NOUN") && title.text().equals(title.lower());
            if (!opensRun && !before || !Names.isName(tokens.get(i + 1))) {
                continue;
            }
            Set<String> run = new HashSet<>();
            for (int k = i + 1; k < tokens.size() && Names.isName(tokens.get(k)); k++) {
                run.addAll(Arrays.asList(tokens.get(k).lower().split("['’-]+")));
            }
            // the names the support gives after the same title, word by word ("Heli-Alpes" as "heli", "alpes")
            List<Set<String>> titled = new ArrayList<>();
            String word = title.lower();
            Matcher titledThere = Pattern.compile("\\b[" + word.charAt(0) + Character.toUpperCase(word.charAt(0)) + "]"
                    + Pattern.quote(word.substring(1))
                    + "\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*)").matcher(support);
            while (titledThere.find()) {
                titled.add(Set.copyOf(Arrays.asList(titledThere.group(1).toLowerCase(Locale.ROOT).split("[\\s'’-]+"))));
            }
            boolean known = run.stream().allMatch(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(lowerSupport).find());
            if (known && !titled.isEmpty() && titled.stream().noneMatch(names -> names.stream().anyMatch(run::contains))) {
                return true;
            }
        }
        return false;
    }

    /** The names of the cited passages' publishers, by the first letters names are compared by: "According to AFP". */
    private static Set<String> publishers(List<GivenPassage> cited) {
        return cited.stream().flatMap(passage -> Arrays.stream(passage.publisher().split("\\s+")))
                .map(word -> Names.prefix(word.toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    /**
     * Whether the support speaks of the one a name of the sentence names by a word that stands for them, in the
     * kind of role the sentence gives the name (agent, patient, or the object of the same preposition), of a verb
     * whose role the sentence gives no one else: "he was arrested" for "Hale was arrested", "his client would
     * appeal" for "Oyarzun will take his case", "its shares rose" for "Orbis's shares rose". A pronoun in another
     * role stands for someone else: "The union rejected the claim and said it had informed employers" is no
     * ground for "Cepa rejected the claim", nor "It was the deadliest accident" for "drowned off Lombok".
     */
    private static boolean standsInFor(String name, Statement said, Statement source) {
        return standsInFor(name, said, source,
                who -> who.standsIn() || who.words().stream().anyMatch(word -> word.matches("\\d+-year-old")));
    }

    private static boolean standsInFor(String name, Statement said, Statement source, Predicate<Participant> standIn) {
        List<Slot> saidSlots = said.clauses.stream().flatMap(clause -> clause.slots().stream()).toList();
        Set<String> kinds = kindsGiven(name, saidSlots);
        return source.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> standIn.test(slot.who()))
                .anyMatch(slot -> kinds.contains(roleKind(slot)) && (givesTo(saidSlots, slot.key(), name)
                        || saidSlots.stream().noneMatch(other -> other.key().equals(slot.key()))));
    }

    private static Set<String> kindsGiven(String name, List<Slot> slots) {
        return slots.stream().filter(slot -> givesTo(List.of(slot), slot.key(), name)).map(NameCheck::roleKind)
                .collect(Collectors.toSet());
    }

    /**
     * Whether a name stands for a bare definite description of the support ("Veldmark now forecasts" for "The
     * company now expects"), the one party the support speaks of so: the one the passages before name most
     * ({@link #mostNamed}), which the passages neither call something else by setting a description beside it
     * ("Fjordair, a Norwegian airline" is no "union"), nor give the description's noun to another name or
     * description ("the company, Construtora Atlantico", "the Paperworkers' Union", "a construction company"),
     * as far as the passages shown tell. The description is in the clause the name's clause restates, in the kind of role
     * the name has ("Kuusi had demanded" is no ground in "The union had demanded ..., while the company offered"),
     * or in any role when the sentence's words give the name none ("Nordhavn is under investigation").
     */
    private static boolean describedAs(String name, Statement said, Statement source, String shown,
                                       List<GivenPassage> cited) {
        boolean described = source.participants().stream()
                .anyMatch(who -> who.described() != null && !describesAnother(who.described(), name, shown));
        // "The union had demanded a raise, while the company offered less": two parties by description in the
        // kind of role the name has, of which it can be either for all its passages say; one in another kind of
        // role is not the name's ("the recall could cost the company" for "could cost Nordavia": the recall costs)
        Set<String> namesKinds = kindsGiven(name, said.clauses.stream().flatMap(clause -> clause.slots().stream()).toList());
        long parties = source.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.core() && slot.who().described() != null)
                .filter(slot -> namesKinds.isEmpty() || namesKinds.contains(roleKind(slot)))
                .map(slot -> slot.who().described()).distinct().count();
        if (!described || parties > 1 || !mostNamed(name, shownBefore(cited, shown))) {
            return false;
        }
        for (Clause clause : said.clauses) {
            if (clause.participants().stream().noneMatch(who -> who.names().contains(name) || who.possessors().contains(name))) {
                continue;
            }
            Set<String> kinds = kindsGiven(name, clause.slots());
            Clause restated = source.restated(clause);
            Predicate<Participant> description = who -> who.described() != null && !describesAnother(who.described(), name, shown);
            boolean stands = kinds.isEmpty() ? restated.participants().stream().anyMatch(description)
                    : restated.slots().stream().anyMatch(slot -> description.test(slot.who()) && kinds.contains(roleKind(slot)));
            if (!stands) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the passages speak of something by the noun with more words than "the" that do not name this one:
     * "the Portuguese anti-doping authority" introduces the one "the authority" stands for, "a construction
     * company" the one "the company" does, "his team" or "the pilots' union" someone's; "the company" alone, or
     * "truck maker Nordhavn", do not.
     */
    private static boolean introducedOtherwise(String noun, String name, String shown) {
        for (String line : shown.lines().distinct().filter(line -> line.toLowerCase(Locale.ROOT).contains(noun)).toList()) {
            for (Clause clause : read(line).clauses) {
                for (NounPhrase phrase : NounPhrases.in(clause.words())) {
                    List<Token> words = clause.words().subList(phrase.start(), phrase.end());
                    int at = 0;
                    while (at < words.size() && !(words.get(at).lower().equals(noun) && words.get(at).is("NOUN"))) {
                        at++;
                    }
                    // "which the company put at": a pronoun before it is a phrase of its own the tagger ran into it
                    boolean bare = words.subList(0, at).stream().allMatch(word -> word.lower().equals("the")
                            || Grammar.RELATIVE_PRONOUNS.contains(word.lower()) || Grammar.PERSONAL_PRONOUNS.contains(word.lower()));
                    boolean namesIt = phrase.who().names().contains(name) || phrase.who().possessors().contains(name);
                    if (at < words.size() && !bare && !namesIt) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The name each definite description of the sentence stands for, among those of its support, by the
     * description's head noun (its stem): for a bare one ("The lockout may cut output, the company said" for "Kuusi
     * said the lockout could cut output"), the one the passages up to the cited one name most ({@link
     * #mostNamed}), where they neither give the noun to another nor another kind to the name ({@link
     * #describesAnother}); for any, the one the passages give the noun beside ("the former mayor" for Falcao,
     * where they say "former mayor Rui Falcao").
     */
    static Map<String, String> namedByDescriptions(Statement said, Statement source, String shown,
                                                   List<GivenPassage> cited) {
        List<Participant> described = said.participants().stream().filter(who -> who.described() != null).toList();
        Map<String, String> named = new HashMap<>();
        if (!described.isEmpty()) {
            String upToCited = shownBefore(cited, shown) + "\n" + cited.stream().map(GivenPassage::text)
                    .collect(Collectors.joining("\n"));
            source.names.keySet().stream().filter(name -> mostNamed(name, upToCited)).findFirst()
                    .ifPresent(name -> described.stream().filter(who -> !describesAnother(who.described(), name, shown))
                            .forEach(who -> named.put(who.head(), name)));
        }
        // "The former mayor showed no reaction" for "Falcao showed no reaction", where the passages say "former
        // mayor Rui Falcao": a description whose noun the passages give a name of the support, by its head noun
        for (int i = 0; i + 1 < said.tokens.size(); i++) {
            int head = headOfDescription(said.tokens, i);
            if (head < 0) {
                continue;
            }
            String noun = said.tokens.get(head).lower();
            source.names.forEach((prefix, written) -> {
                if (describedBeside(noun, written, shown)) {
                    named.putIfAbsent(said.tokens.get(head).stem(), prefix);
                }
            });
        }
        return named;
    }

    /**
     * Whether the passages give a description's noun to another name than this one, or this name another noun,
     * by setting them side by side: "the company, Construtora Atlantico", "rival firm Orbis", "The Metalforbundet
     * union", "Cepa, the employers' federation", a name that ends in the noun ("the Paperworkers' Union"); or
     * "Fjordair, a Norwegian airline" against "the union".
     */
    private static boolean describesAnother(String noun, String name, String shown) {
        String word = "(?iu:" + Pattern.quote(noun) + ")";
        String names = "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)";
        Matcher beside = Pattern.compile("\\b" + word + ",?\\s+" + names
                + "|" + names + ",\\s+(?:the|a|an|its|their)\\s+(?:\\S+\\s+){0,3}?" + word + "\\b"
                + "|\\b[Tt]he\\s+" + names + "\\s+" + word + "\\b").matcher(shown);
        while (beside.find()) {
            String other = beside.group(1) != null ? beside.group(1) : beside.group(2) != null ? beside.group(2) : beside.group(3);
            if (beside.group(2) != null && saysNext(shown, beside.end())) {
                // "from its plant in Lublin, Poland, the company said": the description is the next clause's speaker
                continue;
            }
            if (!Names.prefix(other.toLowerCase(Locale.ROOT)).equals(name) && Arrays.stream(other.split("\\s+"))
                    .noneMatch(part -> Names.prefix(part.toLowerCase(Locale.ROOT)).equals(name))) {
                return true;
            }
        }
        if (Pattern.compile("[\\p{L}'’]\\s+" + Pattern.quote(Character.toUpperCase(noun.charAt(0)) + noun.substring(1)) + "\\b")
                .matcher(shown).find() || introducedOtherwise(noun, name, shown)) {
            return true;
        }
        Matcher apposed = Pattern.compile("(?iu:" + Pattern.quote(name) + ")\\S*,\\s+(?:an?|the)\\s+([^,.;\\n]+)").matcher(shown);
        while (apposed.find()) {
            String kind = Statement.of(apposed.group(0).substring(apposed.group(0).indexOf(',') + 1)).participants().stream()
                    .map(Participant::head).filter(head -> head != null).findFirst().orElse("");
            if (!kind.isEmpty() && !kind.equals(headOf(noun))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after this point of the text is a verb of saying ("the company said"). */
    private static boolean saysNext(String text, int at) {
        Matcher next = NEXT_WORD.matcher(text).region(at, text.length());
        return next.lookingAt() && Attributions.reports(next.group(1));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    /** The head noun of "the " and a word as the tagger reads it: the word itself where it finds no noun phrase ("the affected"). */
    private static String headOf(String noun) {
        return Statement.of("the " + noun).participants().stream().map(Participant::head).filter(head -> head != null)
                .findFirst().orElse(noun);
    }

    /**
     * Whether the name owns what a bare definite description owns in the support, the same thing by its head noun:
     * "Nordavia's older plant" for "the company's older plant". As for a pronoun, the name must be the one the
     * passages before name most; a description with a name of its own ("the Danish company's") is left out.
     */
    private static boolean ownsForDescription(String name, Statement said, Statement source) {
        Set<String> heads = said.participants().stream().filter(who -> who.possessors().contains(name) && who.head() != null)
                .map(Participant::head).collect(Collectors.toSet());
        List<Token> tokens = source.tokens;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("the") || !tokens.get(i + 1).is("NOUN") || !tokens.get(i + 2).possessive()) {
                continue;
            }
            for (int k = i + 3; k < Math.min(tokens.size(), i + 6); k++) {
                Token token = tokens.get(k);
                if (Names.isName(token)) {
                    break;
                }
                if (token.is("NOUN") && heads.contains(token.stem())) {
                    return true;
                }
                if (!token.is("ADJ", "NOUN", "ADV")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name as the possessor of a phrase stands for the possessive pronoun of the support's phrase with
     * the same head ("Falcao's lawyer" for "His lawyer"), in any role; the pronoun must stand for that name
     * ({@link #mostNamed}).
     */
    private static boolean ownsForPronoun(String name, Statement said, Statement source) {
        return said.participants().stream().filter(who -> who.possessors().contains(name) && who.head() != null)
                .anyMatch(who -> source.participants().stream().anyMatch(other -> other.standsIn()
                        && other.names().isEmpty() && other.possessors().isEmpty() && !other.pronoun()
                        && who.head().equals(other.head())));
    }

    /**
     * The passages the model was shown before the first passage cited, where a word of that passage that stands
     * for someone finds its name: each line once (the title shown with every passage counts once), without the
     * publisher and the date.
     */
    private static String shownBefore(List<GivenPassage> cited, String shown) {
        String before = cited.stream().map(passage -> shown.indexOf(passage.text())).filter(at -> at >= 0)
                .min(Integer::compare).map(at -> shown.substring(0, at)).orElse("");
        Set<String> everyPassage = cited.stream().flatMap(passage -> Stream.of(passage.publisher(), passage.published()))
                .collect(Collectors.toSet());
        return before.lines().filter(line -> !everyPassage.contains(line)).distinct().collect(Collectors.joining("\n"));
    }

    /**
     * Whether a text names this one in more of its lines than anyone else: whom a word standing for someone stands
     * for when its own sentence names no one before it ("His lawyer said" in an article about Falcao, where his
     * aide and the judge are named once each). A name counts where it is no preposition's object ("in Porto",
     * "exports to China" name a place, not who acts), and the other words of its own name do not count against it
     * ("Rui" of "Rui Falcao").
     */
    private static boolean mostNamed(String name, String text) {
        long named = 0;
        Map<String, Long> others = new HashMap<>();
        for (String line : text.lines().toList()) {
            Statement statement = read(line);
            // the word that opens a sentence is its subject's, whatever the tagger makes of a name it does not know
            // there ("Nordhavn/PROPN 's/PUNCT shares/VERB rose" has no phrase); its capital tells nothing, so any
            // noun there counts
            Token opening = statement.tokens.isEmpty() ? null : statement.tokens.get(0);
            boolean namesIt = opening != null && opening.is("PROPN", "NOUN") && Names.prefix(opening.lower()).equals(name);
            Set<String> namedBeside = new HashSet<>();
            if (opening != null && opening.is("PROPN", "NOUN") && !namesIt) {
                namedBeside.add(Names.prefix(opening.lower()));
            }
            for (Clause clause : statement.clauses) {
                for (NounPhrase phrase : NounPhrases.in(clause.words())) {
                    Set<String> names = new HashSet<>(phrase.who().names());
                    names.addAll(phrase.who().possessors());
                    names.removeIf(other -> other.startsWith("@"));
                    if (phrase.objectOfPreposition(clause.words())) {
                        continue;
                    }
                    if (names.contains(name)) {
                        namesIt = true;
                    } else {
                        namedBeside.addAll(names);
                    }
                }
            }
            named += namesIt ? 1 : 0;
            namedBeside.forEach(other -> others.merge(other, 1L, Long::sum));
        }
        long mostOther = others.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return named > mostOther;
    }

    /** Lines of the passages read, kept while there are few: passages recur from one answer to the next. */
    private static final Map<String, Statement> READ = new ConcurrentHashMap<>();
    private static final int MAX_READ = 4_096;

    /**
     * A line of the passages, tagged once: the name check reads the same passages again for every sentence and
     * every name of an answer ({@link #mostNamed}, {@link #introducedOtherwise}). A statement is never changed
     * once read, so one may serve every check.
     */
    private static Statement read(String line) {
        Statement known = READ.get(line);
        if (known != null) {
            return known;
        }
        if (READ.size() >= MAX_READ) {
            READ.clear();
        }
        Statement read = Statement.of(line);
        READ.put(line, read);
        return read;
    }

    private static boolean givesTo(List<Slot> slots, String key, String name) {
        return slots.stream().anyMatch(slot -> slot.key().equals(key)
                && (slot.who().names().contains(name) || slot.who().possessors().contains(name)));
    }

    /** "agent", "patient", or "prep:from": a role whatever its verb. */
    private static String roleKind(Slot slot) {
        return slot.core() ? slot.role() : "prep:" + slot.role();
    }

    /**
     * Whether a name from elsewhere names what the support speaks of by a definite description ("criticised the
     * airline" for "criticised Fjordair"): the passages give the name with the description's noun, right before
     * it ("the Norwegian airline Fjordair") or set beside it ("Cepa, the employers' federation", "the
     * federation, Cepa"). "Cepa" is no ground for "the union" in an article where Cepa is the federation.
     */
    private static boolean namesDescription(String name, Statement source, String shown) {
        for (int i = 0; i + 1 < source.tokens.size(); i++) {
            int head = headOfDescription(source.tokens, i);
            if (head >= 0 && describedBeside(source.tokens.get(head).lower(), name, shown)) {
                return true;
            }
        }
        return false;
    }

    /** The head noun of a definite description that starts at this word ("the Norwegian airline"), or -1. */
    private static int headOfDescription(List<Token> tokens, int start) {
        if (!tokens.get(start).lower().equals("the")) {
            return -1;
        }
        int head = start + 1;
        while (head + 1 < tokens.size() && tokens.get(head).is("ADJ", "NOUN") && tokens.get(head + 1).is("ADJ", "NOUN")) {
            head++;
        }
        return head < tokens.size() && tokens.get(head).is("NOUN") ? head : -1;
    }

    /**
     * Whether the passages give a name with a noun, right before it ("the Norwegian airline Fjordair") or set
     * beside it ("Cepa, the employers' federation", "the federation, Cepa").
     */
    private static boolean describedBeside(String lowerNoun, String name, String shown) {
        String quotedName = Pattern.quote(name);
        // the noun in any case, the capitals of the name's words as written
        String noun = "(?iu:" + Pattern.quote(lowerNoun) + ")";
        Pattern described = Pattern.compile("\\b" + noun + "\\s+(?:\\p{Lu}\\S*\\s+)*" + quotedName + "\\b"
                + "|\\b" + quotedName + "\\S*,\\s+(?:the|a|an|its|their)\\s+(?:\\S+\\s+){0,3}" + noun + "\\b"
                + "|\\b" + noun + ",\\s+(?:\\p{Lu}\\S*\\s+)*" + quotedName + "\\b");
        return described.matcher(shown).find();
    }
}
