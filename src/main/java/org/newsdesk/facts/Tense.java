package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the clause around a date looks ahead ("will close in January", "is due to open on 1 March",
 * "plans a dive in June") or back ("voted on Tuesday", "was found on Monday"), read from the cue words
 * nearest the date: first those before it in its clause, then those after it, then the nearest in the
 * sentence. A reporting verb right before the date dates the reporting ("said on Tuesday"); further
 * back it only opens the reported clause ("said the race on May 18 would go ahead"), whose own verb
 * decides. English wire copy only; a sentence without any cue has no tense.
 */
enum Tense {
    FUTURE, PAST, NONE;

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+|[,;:()\"“”—–]");
    /** Words that end a clause: punctuation and the conjunctions that join clauses. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "and",
            "but", "while", "after", "before", "when", "because", "which", "who", "where", "although", "though",
            "whereas", "then", "once", "if", "unless");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "won't", "shall", "would", "scheduled",
            "upcoming", "forthcoming", "plans", "plan", "planned", "planning", "intends", "intend", "aims", "aim",
            "tomorrow", "next", "expect", "expects", "expected", "anticipate", "anticipates", "hope", "hopes", "soon",
            // the present tense of a scheduled event: "the library opens on Sept. 1"
            "opens", "reopens", "closes", "starts", "begins", "ends", "resumes", "launches", "expires", "kicks",
            "arrives", "departs", "premieres", "debuts");
    /** A verb before "to" that puts the verb after it ahead: "voted to close", "agreed to hand over". */
    private static final Set<String> AHEAD_BEFORE_TO = Set.of("voted", "agreed", "decided", "promised", "pledged",
            "vowed", "set", "going", "is", "are", "was", "were", "hopes", "hoped", "wants", "wanted", "intended",
            "prepared", "preparing", "ready", "likely", "able", "expected", "scheduled", "plans", "planned",
            "planning", "aims", "aimed", "seeks", "sought", "threatened", "offered", "asked", "urged", "told");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "didn't", "wasn't", "weren't",
            "hadn't", "ago", "last", "since", "earlier", "previously", "yesterday", "began", "met", "won", "lost",
            "took", "found", "fell", "rose", "came", "went", "gave", "made", "saw", "left", "held", "sent", "spent",
            "paid", "sold", "struck", "kept", "brought", "bought", "thought", "became", "ran", "broke", "chose",
            "spoke", "wrote", "drove", "flew", "grew", "knew", "threw", "shot", "fought", "caught", "taught", "led",
            "fled", "fed", "built", "stood", "sat", "slept", "swept", "woke", "wore", "tore", "froze", "stole", "drew",
            "withdrew", "forgot", "got", "shook", "sank", "sang", "rang", "swam", "hung", "dug", "stuck", "spun",
            "burnt", "dealt", "felt", "heard", "lay", "lit", "meant", "sought", "swore", "underwent", "overtook",
            "undertook", "upheld", "withheld", "arose", "awoke", "bore", "bent", "bled", "forbade", "hid",
            "slid", "spread", "split", "sprang", "strove", "swung", "wound", "wept");
    /** "is due to open", "was due on Monday"; but "cancelled due to rain" gives a cause, not a time. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    /** "will stay closed", "is expected", "be moved": the participle names a state; the verb before it has the tense. */
    private static final Set<String> STATE_BEFORE_PARTICIPLE = Set.of("stay", "stays", "remain", "remains", "be",
            "been", "being", "is", "are", "am", "get", "gets", "keep", "keeps", "'s", "’s");
    /** Verbs that report speech: their tense dates the saying, not what is said. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "announced", "announces",
            "added", "adds", "stated", "confirmed", "reported", "wrote", "according", "insisted", "warned", "explained",
            "noted", "argued", "claimed", "declared");
    /** Words in -ed that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "speed", "seed", "feed", "bed", "shed",
            "embed", "red", "hundred", "breed", "creed", "greed", "weed", "deed", "heed", "proceed", "succeed",
            "exceed", "indeed", "based", "biased", "skilled", "unemployed", "disabled", "aged", "armed",
            "armoured", "armored", "talented", "detailed", "united", "limited", "related", "interested", "concerned");
    /** A reporting verb this close before a date dates the reporting itself: "said on Tuesday", "said Tuesday". */
    private static final int REPORTING_REACH = 2;
    /** How far from a date a cue elsewhere in the sentence is looked for: a sentence's verbs sit well within it. */
    private static final int NEAREST_REACH = 40;

    /** The words of one sentence, read once for all the dates in it. */
    static final class Clauses {
        private final List<String> words = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        private Clauses(String sentence) {
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
                starts.add(word.start());
            }
        }

        /** The tense of the clause that holds the characters {@code [start, end)} of the sentence. */
        Tense around(int start, int end) {
            int first = firstWordFrom(start);
            int after = firstWordFrom(end);
            Tense backward = backward(first);
            if (backward != NONE) {
                return backward;
            }
            Tense forward = forward(after);
            return forward != NONE ? forward : nearest(first, after);
        }

        private int firstWordFrom(int offset) {
            int found = java.util.Collections.binarySearch(starts, offset);
            return found >= 0 ? found : -found - 1;
        }

        private Tense backward(int first) {
            for (int i = first - 1; i >= 0; i--) {
                String word = words.get(i);
                if (CLAUSE_ENDS.contains(word)) {
                    return NONE;
                }
                if (REPORTING.contains(word)) {
                    return first - i <= REPORTING_REACH ? PAST : NONE;
                }
                Tense cue = cue(words, i);
                if (cue != NONE) {
                    return cue;
                }
            }
            return NONE;
        }

        private Tense forward(int after) {
            for (int i = after; i < words.size() && !CLAUSE_ENDS.contains(words.get(i)); i++) {
                Tense cue = cue(words, i);
                if (cue != NONE) {
                    return cue;
                }
            }
            return NONE;
        }

        /** The cue nearest the date anywhere in the sentence, looking before and after it in turn. */
        private Tense nearest(int first, int after) {
            for (int distance = 0; distance < NEAREST_REACH; distance++) {
                if (first - 1 - distance >= 0) {
                    Tense cue = cue(words, first - 1 - distance);
                    if (cue != NONE) {
                        return cue;
                    }
                }
                if (after + distance < words.size()) {
                    Tense cue = cue(words, after + distance);
                    if (cue != NONE) {
                        return cue;
                    }
                }
            }
            return NONE;
        }
    }

    static Clauses of(String sentence) {
        return new Clauses(sentence);
    }

    /** What the word at {@code i} says of the tense, by itself or with the word after it. */
    private static Tense cue(List<String> words, int i) {
        String word = words.get(i);
        String following = i + 1 < words.size() ? words.get(i + 1) : "";
        if (word.equals("would")) {
            return following.equals("have") ? PAST : FUTURE;
        }
        String previous = i > 0 ? words.get(i - 1) : "";
        if (word.equals("to") && AHEAD_BEFORE_TO.contains(previous)
                || word.equals("due") && COPULAS.contains(previous)) {
            return FUTURE;
        }
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
            return FUTURE;
        }
        if (STATE_BEFORE_PARTICIPLE.contains(previous)) {
            return NONE;
        }
        boolean irregular = PAST_WORDS.contains(word)
                || REPORTING.contains(word) && !word.endsWith("s") && !word.equals("according");
        boolean regular = word.length() >= 5 && word.endsWith("ed") && !NOT_PAST.contains(word) && !word.contains("-");
        return irregular || regular ? PAST : NONE;
    }
}
