package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
                    || publishers.contains(name.getKey());
            boolean shownAtAll = lowerShown.contains(name.getKey());
            boolean stoodFor = source.standIn && shownAtAll && standsInFor(name.getKey(), said, source)
                    || shownAtAll && namesDescription(name.getValue(), source, shown)
                    || source.standIn && ownsForPronoun(name.getKey(), said, source)
                    && mostNamed(shownBefore(cited, shown)).filter(name.getKey()::equals).isPresent();
            // a name the model was never shown is the name check's to report
            if (!inSpan && !stoodFor && shownAtAll) {
                problems.add(new Problem(Kind.NAME_NOT_IN_SPAN, name.getValue()));
            }
        }
        return problems;
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
        List<Slot> saidSlots = said.clauses.stream().flatMap(clause -> clause.slots().stream()).toList();
        Set<String> kinds = saidSlots.stream().filter(slot -> givesTo(List.of(slot), slot.key(), name))
                .map(NameCheck::roleKind).collect(Collectors.toSet());
        return source.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.who().standsIn() || slot.who().words().stream().anyMatch(word -> word.matches("\\d+-year-old")))
                .anyMatch(slot -> kinds.contains(roleKind(slot)) && (givesTo(saidSlots, slot.key(), name)
                        || saidSlots.stream().noneMatch(other -> other.key().equals(slot.key()))));
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
     * The passages the model was shown before the first passage cited, where a pronoun of that passage finds its
     * name: each line once, without the cited article's title, publisher and date, shown with every passage.
     */
    private static String shownBefore(List<GivenPassage> cited, String shown) {
        String before = cited.stream().map(passage -> shown.indexOf(passage.text())).filter(at -> at >= 0)
                .min(Integer::compare).map(at -> shown.substring(0, at)).orElse("");
        Set<String> everyPassage = cited.stream().flatMap(passage -> Stream.of(passage.title(), passage.publisher(),
                passage.published())).collect(Collectors.toSet());
        return before.lines().filter(line -> !everyPassage.contains(line)).distinct().collect(Collectors.joining("\n"));
    }

    /**
     * The one named most often in a text, by the first letters names are compared by, if no other is named as
     * often: whom a pronoun after it stands for when the pronoun's own sentence names no one before it ("His
     * lawyer said" in an article about Falcao, where his aide and the judge are named once each).
     */
    private static Optional<String> mostNamed(String text) {
        Map<String, Long> counts = Statement.of(text).tokens.stream().filter(Names::isName)
                .collect(Collectors.groupingBy(token -> Names.prefix(token.lower()), Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> named = counts.entrySet().stream().filter(entry -> entry.getValue() == most).map(Map.Entry::getKey)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
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
        String quotedName = Pattern.quote(name);
        for (int i = 0; i + 1 < source.tokens.size(); i++) {
            if (!source.tokens.get(i).lower().equals("the")) {
                continue;
            }
            int head = i + 1;
            while (head + 1 < source.tokens.size() && source.tokens.get(head).is("ADJ", "NOUN")
                    && source.tokens.get(head + 1).is("ADJ", "NOUN")) {
                head++;
            }
            if (!source.tokens.get(head).is("NOUN")) {
                continue;
            }
            // the noun in any case, the capitals of the name's words as written
            String noun = "(?iu:" + Pattern.quote(source.tokens.get(head).lower()) + ")";
            Pattern described = Pattern.compile("\\b" + noun + "\\s+(?:\\p{Lu}\\S*\\s+)*" + quotedName + "\\b"
                    + "|\\b" + quotedName + "\\S*,\\s+(?:the|a|an|its|their)\\s+(?:\\S+\\s+){0,3}" + noun + "\\b"
                    + "|\\b" + noun + ",\\s+(?:\\p{Lu}\\S*\\s+)*" + quotedName + "\\b");
            if (described.matcher(shown).find()) {
                return true;
            }
        }
        return false;
    }
}
