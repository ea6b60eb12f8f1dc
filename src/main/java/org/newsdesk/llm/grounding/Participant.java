package org.newsdesk.llm.grounding;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.text.Nationalities;

/**
 * Someone or something a clause speaks of: a noun phrase, by its names (proper nouns, titles left out),
 * the names of its possessor ("Putin's team"), its head noun, every word in it, and the initials of its
 * capitalised words, by which an acronym is known ("ICC" for "International Criminal Court"), and the figures
 * and the dates it gives ("7.1 percent in May": 7.1, by value, and may); and whether it speaks of someone
 * by a word that stands for them ("his side", "its systems", "who"), or by a bare definite description ("the
 * company"); and its full names, each name of two words or more as written in lower case ("nordic re").
 */
record Participant(Set<String> names, Set<String> possessors, String head, Set<String> words, String initials,
                   Set<String> figures, Set<String> dates, boolean standsIn, String described, Set<String> fullNames) {

    /** The stem of "counterpart" ({@link #sameHead}). */
    private static final String COUNTERPART = "counterpart";

    /** Whom a noun phrase speaks of, if it has a head noun, a pronoun or a name. */
    static Optional<Participant> of(List<Token> phrase) {
        int possessive = -1;
        for (int i = 0; i < phrase.size(); i++) {
            if (Grammar.NOUN_JOINERS.contains(phrase.get(i).lower()) && phrase.get(i).is("ADP")) {
                break;
            }
            if (phrase.get(i).possessive()) {
                possessive = i;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> fullNames = new HashSet<>();
        Set<String> possessors = new LinkedHashSet<>();
        Set<String> words = new HashSet<>();
        String head = null;
        StringBuilder initials = new StringBuilder();
        boolean inHead = true;
        for (int i = 0; i < phrase.size(); i++) {
            Token token = phrase.get(i);
            if (Grammar.NOUN_JOINERS.contains(token.lower()) && token.is("ADP")) {
                inHead = false;
            }
            if (Names.isName(token)) {
                (i < possessive ? possessors : names).add(Names.prefix(token.lower()));
                if (i > 0 && Names.isName(phrase.get(i - 1)) && (i + 1 == phrase.size() || !Names.isName(phrase.get(i + 1)))) {
                    fullNames.add(fullName(phrase, i));
                }
            }
            if (token.is("NOUN", "PROPN", "ADJ")) {
                words.add(token.stem());
            }
            if (i > possessive && inHead && token.is("PROPN", "ADJ") && Character.isUpperCase(token.text().charAt(0))) {
                initials.append(token.lower().charAt(0));
            }
            if (i > possessive && inHead && token.is("NOUN", "PROPN")) {
                head = token.stem();
            }
            if (i > possessive && inHead && head == null && token.is("PRON")) {
                head = token.lower();
            }
        }
        // a capital and its country are one ("Rome has asked" is "Italy has asked"): a name for their group
        StringBuilder text = new StringBuilder();
        phrase.forEach(token -> text.append(text.length() > 0 ? " " : "").append(token.text()));
        Capitals.groupsIn(text.toString()).forEach(group -> names.add("@" + group));
        Set<String> figures = new HashSet<>();
        Figures.valuesIn(text.toString()).forEach(value -> figures.add(value.stripTrailingZeros().toPlainString()));
        Set<String> dates = new HashSet<>();
        phrase.stream().filter(token -> Grammar.MONTHS.contains(token.lower()) && token.is("PROPN")
                || Grammar.WEEKDAYS.contains(token.lower())).forEach(token -> dates.add(token.lower()));
        return head == null && names.isEmpty() ? Optional.empty()
                : Optional.of(new Participant(names, possessors, head, words, initials.toString(), figures, dates,
                        phrase.stream().anyMatch(token -> Grammar.STAND_INS.contains(token.lower()) || token.is("PRON")),
                        described(phrase, names.isEmpty() && possessors.isEmpty()), fullNames));
    }

    /** The run of names that ends at a word, in lower case: "nordic re". */
    private static String fullName(List<Token> phrase, int last) {
        int first = last;
        while (first > 0 && Names.isName(phrase.get(first - 1))) {
            first--;
        }
        return phrase.subList(first, last + 1).stream().map(Token::lower).collect(Collectors.joining(" "));
    }

    /**
     * The noun of a definite description that names no one, as written ("company" of "the company"), or null:
     * "the" and the noun, with nothing between ("the Portuguese anti-doping authority" introduces the authority
     * rather than refers back to one named before).
     */
    private static String described(List<Token> phrase, boolean unnamed) {
        return unnamed && phrase.size() == 2 && phrase.get(0).lower().equals("the") && phrase.get(1).is("NOUN")
                ? phrase.get(1).lower() : null;
    }

    /** The same party, known by the other's names too: "Teollisuuden Voima (TVO)". */
    Participant alsoNamed(Participant other) {
        Set<String> allNames = new LinkedHashSet<>(names);
        allNames.addAll(other.names);
        Set<String> allWords = new HashSet<>(words);
        allWords.addAll(other.words);
        Set<String> allFullNames = new HashSet<>(fullNames);
        allFullNames.addAll(other.fullNames);
        return new Participant(allNames, possessors, head, allWords, initials, figures, dates, standsIn, described,
                allFullNames);
    }

    /** Named, or owned by someone named: whose place a lie can give to another. */
    boolean named() {
        return !names.isEmpty() || !possessors.isEmpty();
    }

    /** A pronoun alone ("it", "they", "which"), which may stand for anyone named before it. */
    boolean pronoun() {
        return names.isEmpty() && possessors.isEmpty() && head != null
                && (Grammar.PERSONAL_PRONOUNS.contains(head) || Grammar.RELATIVE_PRONOUNS.contains(head));
    }

    /** Whether two phrases speak of the same one: by name when both are named, else by their head noun. */
    boolean sameAs(Participant other) {
        if (!names.isEmpty() && !other.names.isEmpty()) {
            boolean sharesName = names.stream().anyMatch(name -> !name.startsWith("@") && other.names.contains(name));
            boolean sharesPlace = names.stream().anyMatch(name -> name.startsWith("@") && other.names.contains(name));
            // a place only says where two common nouns are from: "Argentine prosecutors" are no "Buenos Aires
            // judge", nor is "the Norwegian coast guard" "the Norwegian fisheries directorate", though they share the
            // adjective of the place; while "Rome" is "Italy", and "the Portuguese title" may be "the Portuguese league"
            boolean placeOnly = sharesPlace && !sharesName && commonHead() && other.commonHead()
                    && !sameHead(other) && words.stream().filter(other.words::contains).allMatch(this::placeWord);
            return (sharesName || sharesPlace && !placeOnly) && !rivals(other) || abbreviates(other) || other.abbreviates(this);
        }
        if (!possessors.isEmpty() && !other.possessors.isEmpty()
                && possessors.stream().noneMatch(other.possessors::contains)) {
            return false;
        }
        return head != null && (head.equals(other.head) || other.words.contains(head))
                || other.head != null && words.contains(other.head);
    }

    /**
     * Whether two full names end in the same word and differ before it: "Nordic Re" and "Hanseatic Re", "Anna
     * Berg" and "Erik Berg" are two, though they share a name ("Erik Berg", "Berg" and "Chief Erik Berg" are one).
     */
    private boolean rivals(Participant other) {
        return fullNames.stream().anyMatch(name -> other.fullNames.stream().anyMatch(rival -> lastWord(rival).equals(lastWord(name))
                && !(" " + rival).endsWith(" " + name) && !(" " + name).endsWith(" " + rival)));
    }

    private static String lastWord(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    /** A word of the phrase that only says where it is from: "Norwegian", a country's adjective, or a place's name. */
    private boolean placeWord(String word) {
        return Nationalities.isAdjective(word) || names.contains(Names.prefix(word));
    }

    /** Whether its head is a common noun, not one of its names: "chief executive of Sri Lanka Cricket". */
    boolean commonHead() {
        return head != null && !names.contains(Names.prefix(head));
    }

    /**
     * "his Norwegian counterpart" for "Norway's prime minister": "counterpart" names someone by another's office, so
     * it is the head of whatever office the other phrase names.
     */
    private boolean sameHead(Participant other) {
        return head.equals(other.head) || other.words.contains(head) || words.contains(other.head)
                || head.equals(COUNTERPART) || COUNTERPART.equals(other.head);
    }

    private boolean abbreviates(Participant other) {
        return other.initials.length() > 1 && names.contains(Names.prefix(other.initials));
    }
}
