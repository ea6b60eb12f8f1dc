package org.newsdesk.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names in full, found by how news copy treats a person rather than a thing: it brings one
 * in after a verb of saying or with an apposition ("said Ibrahim Danjuma", "Pilar Sanchidrián, 71,"), calls them by
 * their surname alone later ("Ashworth is a joiner"), follows their name as a sentence's subject with "he" or "she"
 * or a description ("Tom Fairley was one of them. The 39-year-old accountant …"). An institution ("North Yorkshire
 * Council") shows none of these, and a name after "in", "at" or "from" is a place. Read once per article, before its sentences are given their context.
 */
final class ArticlePeople {

    /** A name of two to four capitalised words ("Ruth Gilchrist", "Ramón Fernández Cueto"), words taken whole. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}'’-])\\p{Lu}[\\p{Ll}'’-]++(?:\\s++(?:(?:de|van|von|del|da|di|la|le|el|al|bin)\\s++)?\\p{Lu}[\\p{Ll}'’-]++){1,3}+"
                    + "(?![\\p{L}'’-])");
    /**
     * A verb of saying, an apposition or a relative "who" around a name: the way news copy brings a person in ("was
     * Pauline Steel, who has followed the club since 1968").
     */
    private static final Pattern BROUGHT_IN = Pattern.compile("\\b(?:said|says|told|according\\s+to)\\s+(?<after>"
            + FULL_NAME.pattern() + ")|(?<before>" + FULL_NAME.pattern() + "),\\s+(?:a|an|the|\\d{1,3},|who)\\s");
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");
    /** A pronoun opening a sentence, after a quote mark or a conjunction: "She joined", "“His", "But he". */
    static final Pattern OPENING_PRONOUN = Pattern.compile(
            "[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?([Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\\b");
    /** What may stand before a sentence's subject: nothing, or an opening phrase and its comma ("On Monday,"). */
    private static final Pattern SUBJECT_POSITION = Pattern.compile("[“\"‘']?(?:[^,]{0,80},\\s*)?");
    /** The longest opening phrase {@link #SUBJECT_POSITION} allows, with its quote mark, comma and spaces. */
    private static final int MAX_OPENING = 90;
    /** A name after "in", "at", "from" or "to" is a place, whatever else is said of it ("at Westmorland General Hospital"). */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|into|at|from|to|near)\\s+(" + FULL_NAME.pattern() + ")");
    private static final Pattern PLACE_WORD = Pattern.compile("\\b(?:in|at|from|near)\\s+(\\p{Lu}[\\p{Ll}'’-]++)(?![\\p{L}'’-]|\\s+\\p{Lu})");

    /** Capitalised words that open a run of names without being part of a person's name: "The", "Dr", "Yesterday". */
    private static final Pattern LEADING_WORD = Pattern.compile("(?:The|A|An|This|That|These|In|At|On|For|From|With|When|"
            + "After|Before|But|And|So|Yet|Then|Now|Today|Yesterday|Last|Next|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|"
            + "Cllr|Councillor|Judge|Justice|Father|Sister)\\.?\\s+");
    /** A function word a sentence opens with and a single name after it: "On Saturday", "After Brexit". */
    private static final Pattern OPENING_WORD_AND_NAME = Pattern.compile("(?:The|A|An|This|That|These|In|At|On|For|From"
            + "|With|When|After|Before|But|And|So|Yet|Then|Now|Today|Yesterday|Last|Next)\\s+\\S+");
    /** A capitalised word and the capitalised words around it: a run of them is one name. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*+(?:\\s++\\p{Lu}[\\p{L}'’-]*+)*+");

    /** The most words a name has ("Ramón Fernández de la Cueto"). */
    private static final int LONGEST_NAME = 6;

    private final Set<String> people;
    /** Names the article puts something in, at or from: places, whatever a sentence's commas suggest. */
    private final Set<String> places;
    /** Each person by surname, for a later mention of the surname alone. */
    private final Map<String, String> bySurname;
    /** The pronoun the article uses for a person, "he" or "she", where it shows one. */
    private final Map<String, String> pronouns;

    private ArticlePeople(Set<String> people, Set<String> places, List<String> sentences) {
        this.people = people;
        this.places = places;
        this.bySurname = new HashMap<>();
        people.forEach(person -> laterWords(person).forEach(word -> bySurname.putIfAbsent(word, person)));
        this.pronouns = pronounsOf(sentences);
    }

    /** The people named in the given sentences of one article, in order. */
    static ArticlePeople in(List<String> sentences) {
        Set<String> alone = wordsStandingAlone(sentences);
        Set<String> places = namesOfPlaces(sentences);
        Set<String> people = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String next = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
            Matcher broughtIn = BROUGHT_IN.matcher(sentence);
            while (broughtIn.find()) {
                String named = broughtIn(broughtIn);
                if (!places.contains(named)) {
                    people.add(named);
                }
            }
            boolean nextRefersBack = PERSONAL_PRONOUN.matcher(next).find() || describesAPerson(next);
            int lastPronoun = lastPronounIn(sentence);
            Matcher name = FULL_NAME.matcher(sentence);
            while (name.find()) {
                String named = withoutPossessive(name.group());
                if (OPENING_WORD_AND_NAME.matcher(named).matches()) {
                    continue; // "On Saturday": a sentence's first word and one name, no person's full name
                }
                // the subject, first in the sentence or after its opening phrase, referred to next by "she" or a description
                boolean subject = name.start() <= MAX_OPENING && SUBJECT_POSITION.matcher(sentence).region(0, name.start()).matches();
                boolean referredTo = lastPronoun >= name.end() || nextRefersBack;
                boolean calledBySurname = laterWords(named).stream().anyMatch(word -> alone.contains(word) && !places.contains(word));
                boolean aPlace = places.contains(named) || laterWords(named).stream().allMatch(places::contains);
                if (!aPlace && (subject && referredTo || calledBySurname)) {
                    people.add(named);
                }
            }
        }
        // in the order brought in, so that of two people sharing a surname the first is the one the surname alone names,
        // whatever the run (an unordered copy had made that, and so some answers, differ from one run to the next)
        return new ArticlePeople(Collections.unmodifiableSet(people), Set.copyOf(places), sentences);
    }

    /** Where the sentence's last "he", "she", "his" or "her" starts, or -1. */
    private static int lastPronounIn(String sentence) {
        int last = -1;
        Matcher pronoun = PERSONAL_PRONOUN.matcher(sentence);
        while (pronoun.find()) {
            last = pronoun.start();
        }
        return last;
    }

    /** Capitalised words with no other capitalised word beside them: "Ashworth" in "Ashworth is a joiner". */
    private static Set<String> wordsStandingAlone(List<String> sentences) {
        Set<String> alone = new HashSet<>();
        for (String sentence : sentences) {
            Matcher run = CAPITALISED_RUN.matcher(sentence);
            while (run.find()) {
                if (run.group().indexOf(' ') < 0) {
                    alone.add(withoutPossessive(run.group()));
                }
            }
        }
        return alone;
    }

    /** Names, and single capitalised words, that the article puts something in, at or from ("worked at Carrionda"). */
    private static Set<String> namesOfPlaces(List<String> sentences) {
        Set<String> places = new HashSet<>();
        for (String sentence : sentences) {
            Matcher place = PLACE.matcher(sentence);
            while (place.find()) {
                places.add(withoutPossessive(place.group(1)));
            }
            Matcher word = PLACE_WORD.matcher(sentence);
            while (word.find()) {
                places.add(withoutPossessive(word.group(1)));
            }
        }
        return places;
    }

    private static String broughtIn(Matcher broughtIn) {
        return withoutPossessive(broughtIn.group("after") != null ? broughtIn.group("after") : broughtIn.group("before"));
    }

    /**
     * The pronoun each person is referred to by: the first "he" or "she" (or "his", "her", "him") after a sentence
     * names them and no one else, in that sentence or opening the next ("Haldane, 58, arrived at her party",
     * "Fonua conceded ... He ruled out a recount"). A sentence naming two people says nothing of either's.
     */
    private Map<String, String> pronounsOf(List<String> sentences) {
        Map<String, String> pronounOf = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> named = namedIn(sentences.get(i));
            if (named.size() != 1) {
                continue;
            }
            String person = named.iterator().next();
            Matcher pronoun = PERSONAL_PRONOUN.matcher(sentences.get(i));
            String next = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
            Matcher opening = OPENING_PRONOUN.matcher(next);
            if (pronoun.find()) {
                pronounOf.putIfAbsent(person, gender(pronoun.group()));
            } else if (opening.lookingAt() && namedIn(next).isEmpty()) {
                pronounOf.putIfAbsent(person, gender(opening.group(1)));
            }
        }
        return Map.copyOf(pronounOf);
    }

    /** The people a sentence names, in full or by surname. */
    private Set<String> namedIn(String sentence) {
        Set<String> named = new LinkedHashSet<>();
        Matcher run = CAPITALISED_RUN.matcher(sentence);
        while (run.find()) {
            String person = personIn(run.group());
            if (person != null) {
                named.add(person);
            }
        }
        return named;
    }

    /** The one of the article's people a run of capitalised words names, in full or by surname alone, or null. */
    private String personIn(String run) {
        String found = withoutPossessive(run);
        return people.contains(found) ? found : found.indexOf(' ') < 0 ? bySurname.get(found) : namedWithin(found);
    }

    private static String gender(String pronoun) {
        return pronoun.toLowerCase(Locale.ROOT).startsWith("s") || pronoun.equalsIgnoreCase("her") ? "she" : "he";
    }

    /**
     * Whether the pronoun a sentence opens with ("He", "Her") cannot stand for the person: the article refers to them
     * by the other one. Unknown when the article shows none.
     */
    boolean cannotBe(String person, String openingPronoun) {
        String known = pronouns.get(person);
        return known != null && !known.equals(gender(openingPronoun));
    }

    /** Whether a run of names is, or ends with, one the article names as a person ("US First Lady Melania Trump"). */
    boolean isPerson(String name) {
        // each ending of the run at a word, not each person: a run of names is read in time linear in its length
        for (int at = 0; at >= 0; at = name.indexOf(' ', at + 1)) {
            if (people.contains(at == 0 ? name : name.substring(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person the sentence names last: one of the article's people, in full or by surname alone, or someone it
     * brings in itself ("said Ibrahim Danjuma"); empty when it names none.
     */
    Optional<String> lastNamedIn(String sentence) {
        String latest = null;
        int at = -1;
        Matcher run = CAPITALISED_RUN.matcher(sentence);
        while (run.find()) {
            String person = personIn(run.group());
            if (person != null) {
                latest = person;
                at = run.start();
            }
        }
        Matcher broughtIn = BROUGHT_IN.matcher(sentence);
        while (broughtIn.find()) {
            String named = broughtIn(broughtIn);
            if (broughtIn.start() >= at && !places.contains(named)) {
                latest = named;
                at = broughtIn.start();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The last of the article's people named within a run of capitalised words ("Later Marta Olsson"): the run's
     * words from each start, up to {@link #LONGEST_NAME} of them.
     */
    private String namedWithin(String run) {
        String[] words = run.split("\\s+");
        for (int end = words.length; end > 0; end--) {
            for (int start = Math.max(0, end - LONGEST_NAME); start < end - 1; start++) {
                String named = withoutPossessive(String.join(" ", Arrays.copyOfRange(words, start, end)));
                if (people.contains(named)) {
                    return named;
                }
            }
        }
        return null;
    }

    /** Whether the sentence refers to someone by description: "says the farmer", "The 39-year-old accountant". */
    private static boolean describesAPerson(String sentence) {
        return PersonReference.inside(sentence).isPresent() || PersonReference.opening(sentence).isPresent()
                || PersonReference.speaker(sentence).isPresent();
    }

    /**
     * "Graham Ashworth" of "Graham Ashworth's pager", of "Dr Graham Ashworth" and of "Yesterday Graham Ashworth": a
     * name is no person's with a possessive, a title or a capitalised function word in it.
     */
    private static String withoutPossessive(String name) {
        String bare = name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
        Matcher leading = LEADING_WORD.matcher(bare);
        return leading.lookingAt() && bare.indexOf(' ', leading.end()) > 0 ? bare.substring(leading.end()) : bare;
    }

    /** The words of a name after the first: its surnames ("Fernández" and "Cueto" of "Ramón Fernández Cueto"). */
    private static List<String> laterWords(String name) {
        List<String> words = List.of(name.split("\\s+"));
        return words.subList(1, words.size()).stream().filter(word -> word.length() > 2).toList();
    }
}
