package org.newsdesk.llm.grounding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed classes of English words the claim check reads structure by: negators, modal hedges,
 * the prepositions that give a participant its role, verdicts. Grammar, not vocabulary: none of these
 * lists grows with the news; and the two walks over tagged words that several readers share.
 */
final class Grammar {

    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing", "neither",
            "nor", "without", "cannot");
    /**
     * Verbs that deny the verb they govern: "fails to slow" is "does not slow", "refused to pay" is "did not
     * pay" (the negative implicative verbs; "decline" only before a verb, {@link #DECLINE}, "declined to 5
     * percent" being a fall), and
     * "erred in treating" is "should not have treated" ("erred" stems to "er").
     */
    static final Set<String> NEGATING_VERBS = Set.of("fail", "refus", "err", "er");
    /** The stem of "decline", which denies the verb of the infinitive it takes: "declined to comment". */
    static final String DECLINE = "declin";
    /**
     * The stem of "rule", which with "out" denies what follows it: "ruled out resigning" is "would not resign",
     * "ruled out a merger" is "there will be no merger".
     */
    static final String RULE = "rule";
    /** Adjectives that deny the infinitive after them: "was wrong to treat" is "should not have treated". */
    static final Set<String> NEGATING_ADJECTIVES = Set.of("wrong", "unable");
    /** The stem of "deny", which negates the clause it takes and, with a noun, keeps a denial a denial. */
    static final String DENY = "deni";
    /** Stems of verbs that deny with a noun of saying: "rejected claims that", "dismissed suggestions that". */
    static final Set<String> REJECTING = Set.of("reject", "dismiss");
    /** Stems of nouns of saying a verb of rejecting denies the clause of: "claims that", "reports that". */
    static final Set<String> CLAIMS = Set.of("claim", "suggest", "alleg", "report", "accus");
    /**
     * Beginnings of the words that make what follows a suspicion, not a fact: "arrested on suspicion of
     * starting the fire", "suspected of helping", "accused of", "alleged", "charged with".
     */
    static final List<String> SUSPICIONS = List.of("suspect", "suspicion", "accus", "alleg", "charg");
    /**
     * Stems of the verbs whose complement has not happened: "is expected to make", "forecasts revenue of", "needs
     * approval", "recommended approval", "ordered the cargo to be confiscated", "asked Norbrook to carry out". What they govern, said as
     * done, is a hedge dropped.
     */
    static final Set<String> UNREALISED = Set.of("expect", "need", "requir", "await", "seek", "plan", "intend",
            "want", "hope", "propos", "recommend", "order", "ask", "urg", "demand", "threaten", "aim", "consid",
            "forecast", "predict");
    /** Words before a verb that keep it unrealised: "if they approve", "would hold", "to be confiscated". */
    static final Set<String> UNREALISING = Set.of("if", "unless", "whether", "once", "to", "would", "could", "might",
            "may", "should", "can");
    /** The auxiliaries of the future, whose verb is not yet done: "would publish a report within 30 days". */
    static final Set<String> FUTURE = Set.of("will", "would", "shall");
    /** Beginnings of words that make what they qualify hold for now only: "provisionally suspended", "a temporary ban". */
    static final List<String> PROVISIONAL = List.of("provisional", "temporar", "interim");
    /** Modal verbs and adverbs that make a statement possible rather than so. */
    static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "perhaps", "reportedly",
            "allegedly", "likely", "probably", "potentially", "apparently");
    /** Adjectives that make what their noun names possible or probable rather than so: "the possible cost", "the likely cause". */
    static final Set<String> HEDGING_ADJECTIVES = Set.of("possible", "potential", "likely");
    /** The hedges that make a statement probable, as "is expected to" does, rather than merely possible. */
    static final Set<String> PROBABLE_HEDGES = Set.of("likely", "probably");
    /** Comparatives before "likely" that make it a comparison of chances, not a hedge: "30 percent less likely". */
    static final Set<String> COMPARATIVES = Set.of("more", "less", "most", "least");
    /**
     * The stems of verbs of expecting and believing, whose passive infinitive ("is expected to make", "is forecast
     * to grow", "is believed to have fled", "is thought to have fled") is said as probable, not as done: each
     * restates the others.
     */
    static final Set<String> EXPECTING = Set.of("expect", "forecast", "project", "predict", "anticip", "believ", "think");
    /**
     * Words before a figure that make it a bound or an estimate, not the exact count: "at least 31 people",
     * "more than 6,000", "about 600", "up to 1,500" (and its "reaching 1,500", "as long as two years"), "around a
     * 30 percent rise", "below 2 percent" ("below" and "above" bound a figure as "under" and "over" do), "could
     * exceed 60", "may top 60" (the verbs of "more than"). A figure the support gives only so, said bare, is a hedge
     * dropped ("31 people died" for "at least 31").
     */
    static final Pattern FIGURE_QUALIFIER = Pattern.compile("(?i)\\b(?:at least|more than|over|above|upwards of|in excess of"
            + "|about|around|some|roughly|approximately|nearly|almost|close to|an estimated|up to|reaching"
            + "|as (?:many|much|long|high|far|large|low|few|little) as|fewer than|less than|under|below|at most|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)(?:\\s+an?)?\\s+$");
    /** Hedges that say whose claim a statement is, not how likely: "allegedly spying", "reportedly left". */
    static final Set<String> ATTRIBUTING_HEDGES = Set.of("allegedly", "reportedly");
    /**
     * Stems of the words that state a verdict, which an accusation is not, by the verdict they state: "found
     * guilty" restates "convicted".
     */
    static final List<Set<String>> VERDICTS = List.of(Set.of("convict", "guilti"), Set.of("acquit"));
    /**
     * Stems of the verbs of a penalty, which states the act it is for as established ("fined him for insider
     * trading"), as a verdict does.
     */
    static final Set<String> PENALTIES = Set.of("fine", "jail", "imprison", "sentenc", "punish", "penalis", "penaliz",
            "sanction", "ban");
    /** The stem of "found" in "were found to have", "found that": a finding, stated as a verdict is. */
    static final String FINDING = "find";
    /**
     * Stems of the verbs whose object is where a motion ends or starts, by that role: "would join Kolstad" goes to
     * Kolstad, "left Kiel" came from Kiel.
     */
    static final Map<String, String> DIRECTED_VERBS = Map.of("join", "to", "leav", "from");
    /** Prepositions whose object has a role the claim must keep, mapped to the role ("via" is "through"). */
    static final Map<String, String> ROLE_PREPOSITIONS = Map.ofEntries(Map.entry("from", "from"),
            Map.entry("to", "to"), Map.entry("into", "to"), Map.entry("onto", "to"), Map.entry("towards", "to"),
            Map.entry("toward", "to"), Map.entry("for", "for"), Map.entry("against", "against"),
            Map.entry("by", "by"), Map.entry("between", "between"), Map.entry("through", "through"),
            Map.entry("via", "through"), Map.entry("with", "with"));
    /** Nouns by which a text refers back to a country it names: "Iceland's minister said the country had". */
    static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    /** The points of the compass, which "to the ... of" makes a bearing from a landmark. */
    static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    /** Roles of motion: a claim that swaps them reverses a direction. */
    static final Set<String> DIRECTIONS = Set.of("from", "to", "through");
    /** Roles compared only with the same verb: "with" and "for" are too common to compare across verbs. */
    static final Set<String> VERB_BOUND_ROLES = Set.of("with");
    /** Prepositions inside a noun phrase: "the port of Primorsk", "refineries in India". */
    static final Set<String> NOUN_JOINERS = Set.of("of", "in", "at", "near");
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be",
            "been", "being", "do", "does", "did");
    /** Ordinals that count ("the third exchange"); "first" is left out, being far more often a title. */
    static final Map<String, Integer> ORDINALS = Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    /** Modal verbs, as the tokenizer gives them ("wo" of "won't", "ca" of "can't"). */
    static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "ought", "wo", "ca", "'ll", "'d");
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "get", "gets", "got", "gotten");
    /** Words that stand for a person or thing named elsewhere in the article. */
    static final Set<String> STAND_INS = Set.of("he", "she", "him", "her", "his", "hers", "it", "its", "they",
            "them", "their", "my", "i", "me", "we", "our");
    /** Where a penalty is served, besides the penalties themselves: "faces ten years in prison". */
    static final Set<String> PENAL_PLACES = Set.of("prison", "jail");
    /** Pronouns that are a noun phrase on their own: "a charge it denies" is two phrases. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them", "us",
            "me");
    /** English pronouns, a closed class: a word the tagger calls a pronoun and is none of these is a name. */
    static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us",
            "them", "my", "your", "his", "its", "our", "their", "mine", "yours", "hers", "ours", "theirs", "this",
            "that", "these", "those", "who", "whom", "whose", "what", "which", "someone", "somebody", "something",
            "anyone", "anybody", "anything", "everyone", "everybody", "everything", "no one", "nobody", "nothing",
            "none", "all", "each", "both", "some", "many", "few", "several", "most", "others", "other", "one",
            "another", "either", "neither", "such", "myself", "yourself", "himself", "herself", "itself",
            "ourselves", "themselves", "there");
    /** Pronouns that open a relative clause and stand for the phrase before it: "Andes Copper, which said". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that");
    /** Words that join clauses, after which a new statement starts. */
    static final Set<String> CLAUSE_JOINERS = Set.of("while", "whereas", "although", "though", "but", "and");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    private Grammar() {
    }

    static String role(Token preposition) {
        return preposition.is("ADP", "SCONJ", "PART") ? ROLE_PREPOSITIONS.get(preposition.lower()) : null;
    }

    /** The index of the verb that follows, past auxiliaries, adverbs and "not", or -1. */
    static int nextVerb(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is("VERB")) {
                return i;
            }
            if (!tokens.get(i).is("AUX", "ADV", "PART")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a comma after {@code from} opens a verb: "The captain, arrested on Sunday, has not been charged"
     * has one after "arrested", where the phrase set off by commas ends and the clause's own verb comes.
     */
    static boolean verbAfterComma(List<Token> tokens, int from) {
        return verbAfterCommaAt(tokens, from) >= 0;
    }

    /** The index of the first verb that a comma after {@code from} opens ({@link #verbAfterComma}), or -1. */
    static int verbAfterCommaAt(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals(",") && nextVerb(tokens, k + 1) >= 0) {
                return nextVerb(tokens, k + 1);
            }
        }
        return -1;
    }
}
