package org.newsdesk.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sort of thing a question asks for, read from its wording, and whether a sentence offers
 * something of that sort beyond the question's own words: a figure the question does not contain for
 * "how many", a date for "when", a capitalised name for "who" or "what is the name", a place name for
 * "where", a causal clause for "why". A sentence that merely repeats the question's own figure or name
 * does not answer it. Other questions are OTHER, for which nothing is checked.
 */
enum QuestionKind {
    QUANTITY("^(how (many|much|old|big|large|far|tall|high|deep|heavy)|what (number|percentage|share|age|amount|"
            + "proportion|sum|price|cost|figure|total))\\b",
            "\\p{N}[\\p{N},.]*|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                    + "ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|a third|a quarter)\\b"),
    DURATION("^(how long|for how long|how soon|in what (period|time))\\b",
            "\\p{N}[\\p{N},.]*|\\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|since|until|"
                    + "overnight)\\b"),
    FREQUENCY("^how often\\b",
            "\\b(rare(ly)?|often|once|twice|daily|weekly|monthly|yearly|annual(ly)?|every|never|always|usually|"
                    + "sometimes|frequent(ly)?|occasional(ly)?|regular(ly)?|repeated(ly)?|times)\\b"),
    TIME("^(when|what (time|date|day|month|year)|since when|by when|until when|on what (day|date)|"
            + "in what (year|month))\\b",
            "\\b(1[89]|20)\\d{2}s?\\b|\\b\\d{1,2}(:\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?|GMT|UTC)|"
                    + "\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|yesterday|today|tomorrow|tonight|weekend|ago|spring|summer|autumn|winter|"
                    + "midnight|noon|dawn|recently|shortly|soon|later|earlier|"
                    + "(last|next|this|that|the following|the previous) (week|month|year|day|morning|evening|night))\\b"),
    PLACE("^(where|from where|to where|in (which|what) (city|country|town|region|place|state|province|village|"
            + "county|district|area|port)|(which|what) (city|country|town|region|place|state|province|village|"
            + "county|district|area|port|island|venue|location))\\b",
            Names.PLACE),
    NAME("^(who|whom|whose|name the)\\b|\\b(first |last |full |real |given |sur)?names?\\b|\\bcalled\\s*\\??$",
            Names.ANY),
    REASON("^(why|for what reason|how come|what (is|was|are|were) the (reasons?|causes?|motives?|grounds)|"
            + "what (caused|led to|prompted|triggered|drove|explains))\\b",
            "\\b(because|due to|owing to|as a result|result of|after|amid|over|following|since|so that|in order to|"
                    + "caused|causing|blamed|blaming|citing|cited|reasons?|led to|prompted|triggered|fears?|"
                    + "concerns?|protest(ed|ing)?|to avoid|to protect|to prevent|for (fear|lack))\\b"),
    OTHER("$^", "$^");

    /** Capitalised words that name nothing: a name of these is no answer to "who". */
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "he", "she", "it", "they", "we",
            "his", "her", "their", "its", "this", "that", "these", "those", "there", "but", "and", "mr", "mrs", "ms",
            "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december");

    private final Pattern question;
    private final Pattern evidence;

    /** The patterns of names, apart so that the constants above can use them. */
    private static final class Names {
        /**
         * A capitalised name: not at the start of the sentence (where every word is capitalised) unless a
         * second capitalised word follows it.
         */
        static final String ANY = "(?<=[\\p{L}\\p{N},;:)’'\"”]\\s{1,3})\\p{Lu}[\\p{L}’'.-]+"
                + "|^\\p{Lu}[\\p{L}’'.-]+(?=\\s+\\p{Lu})";
        /** A capitalised name after a word that places things. */
        static final String PLACE = "(?<=\\b(?:in|at|from|to|near|into|across|outside|inside|off|around|"
                + "through|towards?|of|on)\\s{1,3}(?:the\\s{1,3})?)\\p{Lu}[\\p{L}’'.-]+";
    }

    QuestionKind(String question, String evidence) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        boolean names = evidence.equals(Names.ANY) || evidence.equals(Names.PLACE);
        // names are told by their capital letter, so their patterns are case-sensitive
        this.evidence = Pattern.compile(evidence,
                names ? Pattern.UNICODE_CASE : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static QuestionKind of(String question) {
        String start = question.strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^(and|so|but|then|also|ok|okay|tell me|do you know|according to [^,]{1,40},)[, ]+", "");
        for (QuestionKind kind : values()) {
            if (kind != OTHER && kind.question.matcher(start).find()) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Whether this kind asks for something a sentence can be checked for. */
    boolean specific() {
        return this != OTHER;
    }

    /**
     * Whether a sentence holds something of this kind that is not among the question's own words
     * (lower-cased): the figure, date, name, place or cause the question wants, rather than its echo.
     */
    boolean offeredBy(String sentence, Set<String> questionWords) {
        if (!specific()) {
            return false;
        }
        Matcher found = evidence.matcher(sentence);
        while (found.find()) {
            String thing = found.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[,.]+$", "");
            if (!questionWords.contains(thing) && !NOT_NAMES.contains(thing)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text as {@link #offeredBy} compares them: lower-cased, possessives and end commas dropped. */
    static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s?!;:()\"“”]+")) {
            String plain = word.replaceAll("['’]s$", "").replaceAll("[,.]+$", "");
            if (!plain.isEmpty()) {
                words.add(plain);
            }
        }
        return words;
    }
}
