package org.newsdesk.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.PartOfSpeechTagger;

/**
 * What the articles do not give, said in the question's own words: "What is the mayor's first name?"
 * becomes "The articles do not give the mayor's first name." (message {@code answer.not-given}), and
 * "When is the next hearing?" "The articles do not say when the next hearing is." ({@code answer.not-said}).
 * Only plain questions in forms that turn into grammatical English by moving words are rewritten; for any
 * other the message is the general one ({@code answer.not-found}), so that nothing a reader typed is
 * repeated unless it was a plain question: a message with instructions in it, quotation marks or more
 * than a sentence's length is never echoed.
 */
final class NotStated {

    /** A message to render: its key and the values it needs. */
    record Message(String key, Map<String, String> values) {
    }

    /** The subject of "what is …?": an article or possessive and its noun, or a name's possessive. */
    private static final String SUBJECT = "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir"
            + "|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*['’]s?)\\s";
    /** "What was Lee Garside's business called?": "what Lee Garside's business was called", not a thing. */
    private static final Pattern WHAT_CALLED = Pattern.compile(
            "^(?i:what)\\s+((?i:is|was|are|were))\\s+(" + SUBJECT + ".+?)\\s+((?i:called|named))$");
    private static final String AUXILIARIES = "(?:do|does|did|will|would|can|could|should|shall|may|might|must)";
    /** "What is the mayor's first name?": the thing asked for, after "what is". */
    private static final Pattern WHAT_IS = Pattern.compile(
            "^(?i:what|which)\\s+(?i:is|was|are|were)\\s+(" + SUBJECT + ".+)$");
    /**
     * A thing that ends in a word that needs a clause to follow ("what was her job before?", "what was the cargo
     * estimated to be worth?"): no thing to name.
     */
    private static final Pattern OPEN_ENDED_THING = Pattern.compile(
            "\\b(?:before|after|then|now|worth|like|about|from|for|with|to|of|by|in|on|at)$|\\bto\\s+be\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A form of "to be" or "to have" before a subject, after "what" or a question word with its noun: the
     * question's order, not a statement's ("which part of Lyon is the museum in?", "how many kilometres long is the
     * edge?").
     */
    private static final Pattern INVERTED = Pattern.compile("\\b(?:is|was|are|were|has|have|had)\\s+(?:the|a|an|his|her|its"
            + "|their|this|that|these|those|(?-i:\\p{Lu})[\\p{L}'’-]*)\\s", Pattern.CASE_INSENSITIVE);
    /** "How far is the town from the capital?": the verb goes before what the distance is measured from. */
    private static final Pattern DISTANCE_FROM = Pattern.compile("\\s+(?:from|to)\\s");
    /**
     * "When is the next hearing?", "What trade was the apprentice learning?": a question word (or one with the
     * noun it asks about), a form of "to be", and its subject, which a noun-phrase opener starts after a noun.
     */
    private static final Pattern WH_BE = Pattern.compile(
            "^(when|where|why|how(?:\\s+(?:old|tall|long|far|big|large|high|deep|much|many))?"
                    + "|(?:what|which|how\\s+many|how\\s+much)\\s+[\\p{L}-]+(?=\\s+(?:is|was|are|were)\\s+"
                    + "(?:the|a|an|his|her|its|their|this|that|these|those|(?-i:\\p{Lu})[\\p{L}'’-]*)\\s))"
                    + "\\s+(is|was|are|were)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "What was the weather like?": no clause of it reads as English, and its thing is not "the weather like". */
    private static final Pattern LIKE = Pattern.compile("\\blike\\b", Pattern.CASE_INSENSITIVE);
    /** "Who won the Super Bowl?", "How many soldiers were killed?": already in the order of a statement. */
    private static final Pattern WH_STATEMENT = Pattern.compile(
            "^(who|what|which\\s+[\\p{L}-]+|how\\s+(?:many|much)\\s+[\\p{L}-]+(?:\\s+(?!(?:" + AUXILIARIES + "|is|are|was|were|has|have|had)\\b)[\\p{L}-]+)?)"
                    + "\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Words after which the question is not in statement order ("what did they say", "how many cots did"). */
    private static final Pattern AUXILIARY = Pattern.compile("^" + AUXILIARIES + "\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A participle closing a question in the passive: regular ("registered"), by its common irregular endings
     * ("built", "taken", "shown"), or one of the common irregular participles that end otherwise ("held").
     */
    private static final String IRREGULAR_PARTICIPLES = "held|made|paid|said|laid|sold|told|found|sent|spent|"
            + "lent|won|hit|set|put|cut|hurt|shut|led|fed|fled|shot|got|struck|stuck|left|lost|meant|met|"
            + "heard|born|sworn|torn|run|stood|understood|sat|lit|sought|spread|cast|split|dug|spun";
    private static final Pattern CLOSING_PARTICIPLE = Pattern.compile(
            "\\s+(?:\\p{Ll}+(?:ed|en|wn|lt|ught|ept|ung|ne)|" + IRREGULAR_PARTICIPLES + ")"
                    // "where were they thought to be?": "where they were thought to be"
                    + "(?:\\s+to\\s+be)?$");
    /**
     * A participle inside a passive question, before the particle or preposition that goes on from it ("where was
     * the diamond dug out of the ground?", "when was the man taken to hospital?"). Only forms in -ed (not -eed:
     * "speed") and the irregular ones by name: a noun in -en ("the garden in the park") is no participle.
     */
    private static final Pattern MEDIAL_PARTICIPLE = Pattern.compile(
            "(?<!\\b(?:that|which|who|got|get|gets))\\s+(?:\\p{Ll}{2,}(?<!e)ed|" + IRREGULAR_PARTICIPLES + "|taken|given|driven|seen|written|chosen|stolen"
                    + "|broken|hidden|flown|thrown|shown|drawn|known|grown|blown|worn|frozen|spoken|beaten|ridden|fallen)"
                    + "(?=\\s+(?:out|up|down|off|away|back|in|into|to|from"
                    + "|at|on|by|for|with|of|over|under|through|across|onto)\\s)");
    private static final Pattern BARE_QUESTION_WORD = Pattern.compile("when|where|why|how", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_PROGRESSIVE = Pattern.compile("\\s+\\p{Ll}{2,}ing$");
    private static final Pattern ASKS_WITH_NOUN = Pattern.compile("(?:what|which|how\\s+many|how\\s+much)\\s+[\\p{L}-]+",
            Pattern.CASE_INSENSITIVE);
    /** A subject that is only its opener is no subject: "the" in "where is the bed?" ("bed" is no participle). */
    private static final Pattern OPENER_ONLY = Pattern.compile(
            "(?:the|a|an|his|her|its|their|this|that|these|those)?", Pattern.CASE_INSENSITIVE);
    /**
     * A relative clause with no "that" ("the seas the ship ran into", "the platform the temple stood on"): a noun
     * followed by another's opener. Its verb and preposition are the clause's own, so the question's verb goes
     * after all of it.
     */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("\\b(?!(?:from|to|for|with|about|in|on|at|of|by|into"
            + "|onto|over|under|near|and|or|but|than|as|is|are|was|were)\\b)\\p{Ll}{2,}\\s+(?:the|a|an|his|her|its|their"
            + "|these|those)\\s+\\p{L}");
    /** A preposition a question ends with ("where is she from?", "what was it made of?"). */
    private static final Pattern CLOSING_PREPOSITION = Pattern.compile(
            "\\s+(?:from|to|for|with|about|in|on|at|of|by|into)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUXILIARY_ANYWHERE = Pattern.compile(
            "\\b(do|does|did|will|would|can|could|should|shall|might|must)\\b", Pattern.CASE_INSENSITIVE);

    /** Longer questions are not repeated: a message of this length is no longer a short answer. */
    private static final int MAX_ECHO = 150;
    /** Quotation marks, sentence breaks, markup and line breaks: nothing to repeat to a reader. */
    private static final Pattern UNSAFE = Pattern.compile("[\"“”`<>{}\\[\\]\\n:;!]|[.?](?=\\s)");
    private static final Pattern OPENING_WORD = Pattern.compile(
            "(The|A|An|His|Her|Its|Their|Who|What|Which|How|When|Where|Why)\\b");

    private NotStated() {
    }

    /**
     * The message for a question the articles do not answer.
     *
     * @param question the question as checked ({@link QuestionGuard}), instructions removed
     * @param asked    the question as the reader typed it
     */
    static Message of(String question, String asked) {
        String plain = question.strip().replaceAll("[?.!\\s]+$", "");
        if (!echoable(plain, asked) || LIKE.matcher(plain).find()) {
            return general();
        }
        return thing(plain).map(thing -> new Message("answer.not-given", Map.of("thing", thing)))
                .or(() -> clause(plain).map(clause -> new Message("answer.not-said", Map.of("clause", clause))))
                .orElseGet(NotStated::general);
    }

    /** The general message: the articles do not cover the question. */
    static Message general() {
        return new Message("answer.not-found", Map.of());
    }

    /** Whether the question may be repeated back: a plain question of one sentence, as the reader typed it. */
    private static boolean echoable(String plain, String asked) {
        return plain.length() <= MAX_ECHO && !UNSAFE.matcher(plain).find()
                && asked.strip().replaceAll("[?.!\\s]+$", "").equals(plain);
    }

    private static Optional<String> thing(String asked) {
        if (WHAT_CALLED.matcher(asked).matches()) {
            return Optional.empty();
        }
        Matcher what = WHAT_IS.matcher(asked);
        return what.matches() && !OPEN_ENDED_THING.matcher(what.group(1)).find()
                ? Optional.of(lowerFirst(what.group(1))) : Optional.empty();
    }

    private static Optional<String> clause(String asked) {
        Matcher called = WHAT_CALLED.matcher(asked);
        if (called.matches()) {
            return Optional.of("what " + lowerFirst(called.group(2)) + " " + lower(called.group(1)) + " "
                    + lower(called.group(3)));
        }
        Matcher be = WH_BE.matcher(asked);
        if (be.matches() && !AUXILIARY_ANYWHERE.matcher(be.group(3)).find()) {
            OptionalInt predicate = predicateStart(asked, be);
            if (predicate.isPresent()) {
                int at = predicate.getAsInt();
                return Optional.of(lower(be.group(1)) + " " + lowerFirst(asked.substring(be.start(3), at).strip() + " "
                        + lower(be.group(2)) + (asked.charAt(at) == ',' ? "" : " ") + asked.substring(at)));
            }
            if (CONTACT_CLAUSE.matcher(be.group(3)).find()) {
                return Optional.of(lower(be.group(1)) + " " + lowerFirst(be.group(3)) + " " + lower(be.group(2)));
            }
            // "where was the firm registered?": the verb goes before a closing participle, else at the end, but
            // before a closing preposition ("where is she from?": "where she is from")
            Matcher preposition = CLOSING_PREPOSITION.matcher(be.group(3));
            boolean stranded = preposition.find();
            String subject = stranded ? be.group(3).substring(0, preposition.start()) : be.group(3);
            String closing = stranded ? preposition.group() : "";
            Matcher participle = CLOSING_PARTICIPLE.matcher(subject);
            boolean closes = participle.find() && !OPENER_ONLY.matcher(subject.substring(0, participle.start())).matches();
            // only after a bare question word: "how old was the bridge that collapsed in 1931?" asks how old the
            // bridge is, with a relative clause, not how old it was collapsed
            if (!closes && !stranded && BARE_QUESTION_WORD.matcher(be.group(1)).matches()) {
                participle = MEDIAL_PARTICIPLE.matcher(subject);
                closes = participle.find() && !OPENER_ONLY.matcher(subject.substring(0, participle.start())).matches();
            }
            // "what trade was the apprentice learning?": after a question word with its noun, a closing form in -ing
            // is the verb ("the meeting" is no verb in "when was the meeting?")
            if (!closes && ASKS_WITH_NOUN.matcher(be.group(1)).matches()) {
                participle = CLOSING_PROGRESSIVE.matcher(subject);
                closes = participle.find() && !OPENER_ONLY.matcher(subject.substring(0, participle.start())).matches();
            }
            Matcher from = DISTANCE_FROM.matcher(subject);
            String clause;
            if (closes) {
                clause = subject.substring(0, participle.start()) + " " + lower(be.group(2))
                        + subject.substring(participle.start()) + closing;
            } else if (lower(be.group(1)).matches("how (far|close)") && !stranded && from.find()) {
                clause = subject.substring(0, from.start()) + " " + lower(be.group(2)) + subject.substring(from.start());
            } else if (lower(be.group(1)).equals("why")) {
                // "why are supporters afraid of the takeover?": what follows the subject cannot be told apart from it
                return Optional.empty();
            } else {
                clause = subject + " " + lower(be.group(2)) + closing;
            }
            return Optional.of(lower(be.group(1)) + " " + lowerFirst(clause));
        }
        Matcher statement = WH_STATEMENT.matcher(asked);
        // "who is the director?" reads as a statement ("who is the director"); "what was her job before?" does not
        boolean inverted = statement.matches() && !statement.group(1).equalsIgnoreCase("who")
                && INVERTED.matcher(statement.group(2)).find();
        if (statement.matches() && !inverted && !AUXILIARY.matcher(statement.group(2)).find()
                && !AUXILIARY_ANYWHERE.matcher(statement.group(2)).find()) {
            return Optional.of(lowerFirst(statement.group(1)) + " " + statement.group(2));
        }
        return Optional.empty();
    }

    /**
     * Where the subject of a "wh- + to be" question ends and what is said of it begins, by the words' parts of speech:
     * a verb after a noun ("where are the tugboats for the freighter coming from?", "when was the fire finally put
     * out?", with the adverb before it), a word that takes the verb before it ("worth", "due to", "close to"), or a
     * comma or subordinate clause ("how high was the balloon when the gust caught it?"). Empty where the old order
     * reads right or nothing tells: a relative clause ("the tower that collapsed"), a verb after an article ("the
     * lost containers"), and after "how old", "how big" … a verb without "to" ("the area burned by the fire" is
     * what is measured, not what is said of it).
     */
    private static OptionalInt predicateStart(String asked, Matcher be) {
        boolean measured = MEASURED.matcher(be.group(1)).matches();
        boolean asksWithNoun = ASKS_WITH_NOUN.matcher(be.group(1)).matches();
        // "where was the visitor, the older man, from?": a comma before a closing preposition sets off the subject's
        // own apposition
        boolean stranded = CLOSING_PREPOSITION.matcher(be.group(3)).find();
        List<PartOfSpeechTagger.Token> tokens = PartOfSpeechTagger.shared().tag(asked).stream()
                .filter(token -> token.start() >= be.start(3)).toList();
        for (int i = 1; i < tokens.size(); i++) {
            PartOfSpeechTagger.Token token = tokens.get(i);
            String word = lower(token.text());
            if (RELATIVES.contains(word)) {
                return OptionalInt.empty();
            }
            PartOfSpeechTagger.Token before = tokens.get(i - 1);
            if (word.equals(",") && !stranded || token.is("SCONJ") || CLAUSE_OPENERS.contains(word)
                    || PREDICATE_WORDS.contains(word) && !before.is("DET", "NUM", "PART")
                    && !before.text().equals("to")) {
                return OptionalInt.of(token.start());
            }
            boolean infinitive = i + 1 < tokens.size() && lower(tokens.get(i + 1).text()).equals("to");
            // a verb in lower case (a capitalised one is a name's: "the Ronsay Community Trust"), not one of a noun
            // phrase ("the lost containers", "a ticket to watch") nor "have" ("the shortfall the council had to close")
            int first = i;
            while (first > 1 && tokens.get(first - 1).is("ADV")) {
                first--;
            }
            boolean verb = (token.is("VERB") || PARTICIPLE.matcher(token.text()).matches())
                    && token.text().equals(word) && !HAVE.contains(word)
                    // a word's own second half ("Hye-won", "worst-hit") is no verb of the sentence
                    && Character.isWhitespace(asked.charAt(token.start() - 1))
                    && !tokens.get(first - 1).is("DET", "ADJ", "NUM", "PRON", "ADP", "PART")
                    // "what species was the bat found in Bideford?": after a question word with its noun, or after
                    // "how old" and the like, a participle may belong to the subject; "-ing" and "... to" may not
                    && (measured ? infinitive : !asksWithNoun || infinitive || word.endsWith("ing"));
            if (verb) {
                return OptionalInt.of(tokens.get(first).start());
            }
        }
        return OptionalInt.empty();
    }

    /** "How old", "how big" …: what follows the subject's noun may still be the subject ("the area burned by it"). */
    private static final Pattern MEASURED = Pattern.compile("how\\s+(?:old|tall|long|far|big|large|high|deep)",
            Pattern.CASE_INSENSITIVE);
    /** A participle the tagger may take for an adjective ("shut away", "registered"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,}(?<!e)ed|" + IRREGULAR_PARTICIPLES);
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");
    /** Words that open a clause of their own, which the tagger may read as adverbs ("when the bus went in"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "until", "because", "although", "though",
            "unless", "whereas");
    /** Words that open a relative clause, after which the subject goes on. */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "that", "which");
    /** Words that say something of the subject and take the verb before them ("is worth", "is due to"). */
    private static final Set<String> PREDICATE_WORDS = Set.of("worth", "due", "close", "related", "likely", "able",
            "expected", "supposed", "scheduled", "set", "bound", "away");

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Lower-cases an opening article or question word, but never a name. */
    private static String lowerFirst(String phrase) {
        return OPENING_WORD.matcher(phrase).lookingAt() ? phrase.substring(0, 1).toLowerCase(Locale.ROOT)
                + phrase.substring(1) : phrase;
    }
}
