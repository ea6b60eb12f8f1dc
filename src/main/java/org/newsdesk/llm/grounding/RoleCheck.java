package org.newsdesk.llm.grounding;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * A clause keeps who did what to whom in the clause it restates: no one put in another's role, and, for the
 * roles of motion ("from", "to", "through"), no direction reversed.
 */
final class RoleCheck {

    private RoleCheck() {
    }

    /**
     * A role given to another: the support's clause has this role filled by someone else, who is named, while
     * the sentence's one is named or is in the support too; or the sentence makes a subject or object of one
     * the support has as a subject or object elsewhere.
     */
    static Optional<Kind> swapped(Clause clause, Clause restated, Statement source) {
        return swapped(clause, restated, source, Map.of());
    }

    /**
     * @param described the name each definite description of the sentence stands for, by the stem of its head
     *                  noun ("the company said" for "Kuusi said", {@link NameCheck#namedByDescriptions})
     */
    static Optional<Kind> swapped(Clause clause, Clause restated, Statement source, Map<String, String> described) {
        if (crossed(clause, restated) || figureEndCrossed(clause, restated)) {
            return Optional.of(Kind.REVERSED_DIRECTION);
        }
        for (Slot slot : clause.slots()) {
            List<Slot> fillers = restated.slots().stream().filter(other -> other.key().equals(slot.key())).toList();
            String standsFor = slot.who().named() || slot.who().pronoun() || slot.who().head() == null ? null
                    : described.get(slot.who().head());
            if (standsFor != null && fillers.stream().anyMatch(filler -> filler.who().names().contains(standsFor))) {
                continue;
            }
            if (causes(slot, clause, restated) || givenWith(slot, clause, restated) || toDoForTheDoing(slot, fillers, clause, restated)) {
                continue;
            }
            if (fillers.isEmpty() && sharedSubjectGivenToAnother(slot, restated, source)) {
                return Optional.of(Kind.SWAPPED_ROLE);
            }
            // a pronoun of the sentence may stand for whoever fills the role
            if (fillers.isEmpty() || slot.who().pronoun() || fillers.stream().anyMatch(other -> other.who().sameAs(slot.who()))) {
                continue;
            }
            if (fillers.stream().allMatch(other -> other.who().pronoun())) {
                // "a charge it denies": the pronoun may stand for anyone but the verb's other participant
                String otherRole = slot.key().startsWith("agent:") ? "patient:" : "agent:";
                String otherKey = otherRole + slot.key().substring(slot.key().indexOf(':') + 1);
                // or the one it takes from, by the same head ("buy rice from farmers": farmers are no buyer; a
                // place after "from" may share only a country with the sentence's party)
                if (slot.core() && restated.slots().stream().anyMatch(other -> other.key().equals(otherKey)
                        && other.who().sameAs(slot.who()) || other.key().equals("prep:from")
                        && slot.who().head() != null && slot.who().head().equals(other.who().head()))) {
                    return Optional.of(Kind.SWAPPED_ROLE);
                }
                // "Marc Lévesque, who is accused of helping two other swimmers obtain": a relative pronoun after a
                // comma stands for the name before that comma, so "Two other swimmers are accused" gives its role to
                // one the support has in another role
                if (slot.core() && fillers.stream().allMatch(filler -> Grammar.RELATIVE_PRONOUNS.contains(filler.who().head()))
                        && !slot.who().named() && relativesName(source.tokens, slot.key().substring(slot.key().indexOf(':') + 1)).filter(name -> !slot.who().words().contains(name)).isPresent()
                        && source.clauses.stream().flatMap(c -> c.slots().stream())
                        .anyMatch(other -> other.core() && other.who().sameAs(slot.who()))) {
                    return Optional.of(Kind.SWAPPED_ROLE);
                }
                continue;
            }
            // "Hale, the party's number 12, won", "Park, South Korea's president, welcomed": a description set
            // beside the one who fills the role is theirs, whoever owns it or wherever it places them; so is one
            // headed by a common noun that names its owner after "of" ("Perera, chief executive of Sri Lanka
            // Cricket, said" for "the board's chief executive Nimal Perera said"), when the support names that owner
            // (the owner named anywhere in the support: "Kari Nordvik, chief executive of Fjordlaks, said" for
            // "Fjordlaks chief executive Kari Nordvik said", where "Fjordlaks" is no party of its own, and, first in the support, may not even be tagged a name)
            boolean description = slot.who().names().stream().allMatch(name -> name.startsWith("@"))
                    || slot.who().commonHead() && slot.who().head() != null && slot.who().names().stream()
                    .allMatch(name -> source.participants().stream().anyMatch(other -> other.names().contains(name))
                            || source.tokens.stream().anyMatch(token -> Character.isUpperCase(token.text().charAt(0))
                            && Names.prefix(token.lower()).equals(name)));
            boolean describesFiller = description && clause.slots().stream().anyMatch(other -> other != slot
                    && other.key().equals(slot.key()) && fillers.stream().anyMatch(filler -> filler.who().sameAs(other.who())));
            if (describesFiller) {
                continue;
            }
            // "Stade Olonnais said" for "French rugby club Stade Olonnais has signed ..., the club said": a name for
            // a bare description that the support gives the name itself
            boolean describedThere = fillers.stream().allMatch(filler -> filler.who().described() != null
                    && !slot.who().names().isEmpty() && (source.participants().stream()
                    .anyMatch(other -> other.names().containsAll(slot.who().names()) && other.words().contains(filler.who().head()))
                    || namedBeside(filler.who().head(), slot.who(), source.tokens)));
            if (describedThere || theOneCountry(slot, fillers, restated)
                    || fillers.stream().anyMatch(filler -> conjunctOf(filler.who(), slot.who(), restated, source.tokens))) {
                continue;
            }
            boolean known = source.participants().stream().anyMatch(other -> other.sameAs(slot.who()));
            // "Corvid's legal bill" for "Corvid's legal costs": the same owner's thing, by another noun the support
            // never uses, is a rewording, not another party put in the role
            boolean sameOwnersThing = !known && slot.who().names().isEmpty() && !slot.who().possessors().isEmpty()
                    && fillers.stream().anyMatch(other -> other.who().names().isEmpty()
                            && other.who().possessors().equals(slot.who().possessors()));
            if (sameOwnersThing) {
                continue;
            }
            boolean core = source.clauses.stream().flatMap(c -> c.slots().stream())
                    .anyMatch(other -> other.core() && other.who().sameAs(slot.who()));
            boolean namedFiller = fillers.stream().anyMatch(other -> other.who().named());
            // "Prosecutors welcomed" for "Anti-corruption groups welcomed": an actor the support never speaks of,
            // by a common noun that shares no word with the support's (a name is the name check's; "his team"
            // may be the support's "his side")
            boolean newActor = slot.key().startsWith("agent:") && !known && !slot.who().named()
                    && !slot.who().standsIn() && !slot.who().pronoun() && fillers.stream().noneMatch(other -> sharesWord(other.who(), slot.who()));
            if (namedFiller && (slot.who().named() || known) || slot.core() && core || newActor) {
                return Optional.of(Grammar.DIRECTIONS.contains(slot.role()) ? Kind.REVERSED_DIRECTION
                        : Kind.SWAPPED_ROLE);
            }
        }
        return Optional.empty();
    }

    /**
     * The stem of the name a relative pronoun after a comma stands for, when a name ends the phrase before the comma
     * ("Dufresne's coach, Marc Lévesque, who is accused"): its last word, if the pronoun is the subject of this verb.
     */
    private static Optional<String> relativesName(List<Token> support, String verb) {
        for (int i = 2; i < support.size(); i++) {
            if (Grammar.RELATIVE_PRONOUNS.contains(support.get(i).lower()) && support.get(i - 1).lower().equals(",")
                    && support.get(i - 2).is("PROPN") && Grammar.nextVerb(support, i + 1) >= 0
                    && support.get(Grammar.nextVerb(support, i + 1)).stem().equals(verb)) {
                return Optional.of(support.get(i - 2).stem());
            }
        }
        return Optional.empty();
    }

    /**
     * "The government said in a statement" for "The Magyar Nemzeti Bank declined to comment, but said in a
     * statement": a clause that "but" or "and" opens, with no subject of its own, shares the named subject of the
     * clause before it; a sentence that gives its verb to a common noun the support never speaks of gives the role to
     * another.
     */
    private static boolean sharedSubjectGivenToAnother(Slot slot, Clause restated, Statement source) {
        int at = source.clauses.indexOf(restated);
        if (!slot.key().startsWith("agent:") || at < 1 || restated.words().isEmpty() || !restated.words().get(0).is("CCONJ")
                || restated.slots().stream().anyMatch(other -> other.key().startsWith("agent:"))
                || slot.who().named() || slot.who().pronoun() || slot.who().standsIn() || slot.who().head() == null
                || source.participants().stream().anyMatch(other -> other.sameAs(slot.who()) || sharesWord(other, slot.who()))) {
            return false;
        }
        return source.clauses.get(at - 1).slots().stream()
                .anyMatch(other -> other.key().startsWith("agent:") && other.who().named());
    }

    /**
     * "investigators from Turkey and Greece would examine": the one the support gives the role ("Greece") is set
     * beside another by "and" ("Turkey"), whom the support names in another place of the clause and the sentence
     * names in this role ("examined by Turkish and Greek investigators"); the two share the phrase, and the role.
     */
    private static boolean conjunctOf(Participant filler, Participant party, Clause restated, List<Token> support) {
        Set<String> partyNames = party.names();
        return restated.slots().stream().map(Slot::who).filter(other -> other != filler
                        && other.names().stream().anyMatch(partyNames::contains))
                .anyMatch(other -> {
                    for (int i = 1; i + 1 < support.size(); i++) {
                        if (support.get(i).lower().equals("and")
                                && other.names().contains(Names.prefix(support.get(i - 1).lower()))
                                && filler.names().contains(Names.prefix(support.get(i + 1).lower()))) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Whether two participants share a word, a compound counted by its parts: "year-end" shares "year" and "end"
     * with "the end of the year", "cross-border" "border" with "the border".
     */
    private static boolean sharesWord(Participant one, Participant other) {
        Set<String> parts = one.words().stream().flatMap(word -> Arrays.stream(word.split("-"))).filter(part -> !part.isEmpty())
                .collect(Collectors.toSet());
        return other.words().stream().flatMap(word -> Arrays.stream(word.split("-"))).anyMatch(parts::contains);
    }

    /**
     * Whether the support sets a name of the party right after a phrase of this head noun, after a comma: "Two Dutch
     * pension funds, Zuidmetaal and Bouwgarant, agreed ..., the funds said" names the funds, so "Zuidmetaal and
     * Bouwgarant said" gives the saying to them.
     */
    private static boolean namedBeside(String head, Participant party, List<Token> support) {
        for (int i = 0; i + 2 < support.size(); i++) {
            if (!support.get(i).is("NOUN") || !support.get(i).stem().equals(head) || !support.get(i + 1).lower().equals(",")) {
                continue;
            }
            for (int j = i + 2; j < support.size() && !support.get(j).lower().equals(",") && !support.get(j).is("VERB", "AUX"); j++) {
                if (Names.isName(support.get(j)) && party.names().contains(Names.prefix(support.get(j).lower()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Iceland had broken" for "Iceland's minister denied that the country had broken": "the country" stands for
     * the country its clause names, when it names only one.
     */
    private static boolean theOneCountry(Slot slot, List<Slot> fillers, Clause restated) {
        Set<String> countries = restated.participants().stream().flatMap(who -> who.names().stream())
                .filter(name -> name.startsWith("@")).collect(Collectors.toSet());
        return countries.size() == 1 && slot.who().names().containsAll(countries)
                && fillers.stream().allMatch(filler -> filler.who().described() != null
                && Grammar.COUNTRY_NOUNS.contains(filler.who().described()));
    }

    /**
     * "from hospitals to road building" for "from road building to hospitals": the clause's "from" and "to" are
     * the restated clause's "to" and "from", named or not (a role given to someone unnamed is otherwise left to
     * rewording, "due to the threat" no destination for "protect them from the threat"); or the clause gives one
     * end alone, named, and it is the other end there ("moved the payroll to Paywise" for "from Paywise to its own
     * office", whatever the tagger makes of the support's "to").
     */
    private static boolean crossed(Clause clause, Clause restated) {
        return reversed(clause, restated, "prep:from", "prep:to", false) && reversed(clause, restated, "prep:to", "prep:from", false)
                || fillers(clause, "prep:to").isEmpty() && reversed(clause, restated, "prep:from", "prep:to", true)
                || fillers(clause, "prep:from").isEmpty() && reversed(clause, restated, "prep:to", "prep:from", true)
                || endMoved(clause, restated, "prep:from", "prep:to") || endMoved(clause, restated, "prep:to", "prep:from");
    }

    /**
     * "shipped across the border from China" for "to China" while the clause has another "to" ("apply from July 1
     * to all copper shipped ..."): a named place or party the clause has only after one of "from" and "to" and the
     * restated clause only after the other, by the same head ("close to the resort of Verbier" is no destination
     * for "from an avalanche near the resort of Verbier").
     */
    private static boolean endMoved(Clause clause, Clause restated, String role, String otherRole) {
        return fillers(clause, role).stream().anyMatch(party -> party.named()
                && fillers(clause, otherRole).stream().noneMatch(party::sameAs)
                && fillers(restated, otherRole).stream().anyMatch(other -> party.sameAs(other) && Objects.equals(party.head(), other.head()))
                && fillers(restated, role).stream().noneMatch(party::sameAs));
    }

    /** Whether one the clause puts in a role (named, if asked) is in the other role in the restated clause, not in this one. */
    private static boolean reversed(Clause clause, Clause restated, String role, String otherRole, boolean named) {
        return fillers(clause, role).stream().anyMatch(party -> (!named || party.named())
                && fillers(restated, otherRole).stream().anyMatch(party::sameAs)
                && fillers(restated, role).stream().noneMatch(party::sameAs));
    }

    /**
     * "postponed the vote to 2026" for "from 2026 to 2028", "fell to 4 percent" for "from 4 to 3 percent": a figure
     * or year, which no noun phrase holds, after "from" or "to" that the restated clause has after the other only.
     */
    private static boolean figureEndCrossed(Clause clause, Clause restated) {
        List<String> support = restated.words().stream().map(Token::lower).toList();
        List<Token> words = clause.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String end = words.get(i).lower();
            if ((end.equals("from") || end.equals("to")) && words.get(i + 1).is("NUM")) {
                String figure = words.get(i + 1).lower();
                String otherEnd = end.equals("from") ? "to" : "from";
                if (Collections.indexOfSubList(support, List.of(otherEnd, figure)) >= 0
                        && Collections.indexOfSubList(support, List.of(end, figure)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the trawler capsized, drowning three fishermen" for "three fishermen drowned when their trawler capsized":
     * a verb given an object where the support's has none says what made it happen to that object, which is the
     * support's subject; the sentence's subject, the subject of another verb there (the event that caused it), is
     * the cause, not someone put in the support's subject's place.
     */
    private static boolean causes(Slot slot, Clause clause, Clause restated) {
        if (!slot.key().startsWith("agent:")) {
            return false;
        }
        String patient = "patient:" + slot.key().substring("agent:".length());
        List<Participant> undergoers = fillers(restated, slot.key());
        boolean causedThere = restated.slots().stream().anyMatch(other -> other.key().startsWith("agent:")
                && !other.key().equals(slot.key()) && other.who().sameAs(slot.who()));
        return causedThere && fillers(restated, patient).isEmpty() && fillers(clause, patient).stream()
                .anyMatch(object -> undergoers.stream().anyMatch(object::sameAs));
    }

    /**
     * "supplying athletes with EPO" for "supplying EPO to athletes" (or the other way round): one given something
     * is the verb's object with the thing after "with", or the object of "to" with the thing the verb's object.
     */
    private static boolean givenWith(Slot slot, Clause clause, Clause restated) {
        if (!slot.key().startsWith("patient:")) {
            return false;
        }
        List<Participant> things = fillers(restated, slot.key());
        return things.stream().anyMatch(thing -> fills(clause, "with", thing) && fills(restated, "to", slot.who())
                || fills(clause, "to", thing) && fills(restated, "with", slot.who()));
    }

    /**
     * "ordered 300 people to evacuate" for "ordered the evacuation of 300 people": the object told to do something is
     * the one the support's object, a noun of that doing, is of; only when the infinitive takes no object of its own
     * ("ordered the mayor to arrest the guards" is no "ordered the arrest of the mayor") and the support has the
     * object elsewhere in the clause.
     */
    private static boolean toDoForTheDoing(Slot slot, List<Slot> fillers, Clause clause, Clause restated) {
        List<Token> words = clause.words();
        boolean doing = false;
        for (int i = 1; i + 1 < words.size() && !doing; i++) {
            String stem = words.get(i + 1).stem();
            boolean objectless = i + 2 >= words.size() || !words.get(i + 2).is("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ");
            doing = words.get(i).lower().equals("to") && words.get(i).is("PART") && words.get(i + 1).is("VERB") && objectless
                    && fillers.stream().anyMatch(filler -> filler.who().described() != null && stem.equals(filler.who().head()));
        }
        return doing && slot.key().startsWith("patient:") && restated.slots().stream().anyMatch(other -> other.who().sameAs(slot.who()));
    }

    /** Whether someone is the object of a preposition in a clause, after a verb or a noun. */
    private static boolean fills(Clause clause, String preposition, Participant who) {
        return clause.slots().stream().anyMatch(slot -> (slot.key().equals("prep:" + preposition)
                || slot.key().startsWith("prep:" + preposition + ":")) && slot.who().sameAs(who));
    }

    private static List<Participant> fillers(Clause clause, String key) {
        return clause.slots().stream().filter(slot -> slot.key().equals(key)).map(Slot::who).toList();
    }
}
