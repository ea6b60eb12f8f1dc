package org.newsdesk.llm.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English text read for what it claims: its clauses, with who fills which role around each verb and
 * preposition, what each negation applies to and whether it is hedged; the names, dates and figures it
 * gives, and which noun each figure counts. Built from OpenNLP's part-of-speech tags and {@link Grammar}.
 */
final class Statement {

    /**
     * One clause: its roles, the words its negations apply to, whether it is hedged, its content words (by
     * stem), its words, the content words it gives as a suspicion (those after "on suspicion of", "accused
     * of"...), and those it gives only as not yet done (after "is expected to", "needs", "ordered").
     */
    record Clause(List<Slot> slots, List<String> negated, boolean hedged, Set<String> content, List<Token> words,
                  Set<String> suspected, Set<String> unrealised) {
    }

    /** A figure and the nouns after it, one of which it counts: "12 wounded servicemen", "6 percent raise". */
    record Count(BigDecimal value, Set<String> nouns, String written) {

        boolean sameThing(Count other) {
            return nouns.stream().anyMatch(other.nouns()::contains);
        }
    }

    private static final int NAME_STEM = 5;
    private static final int YEAR_DISTANCE = 3;

    final List<Token> tokens;
    final List<Clause> clauses = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final Map<String, String> names = new HashMap<>();
    final List<Count> counts = new ArrayList<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> monthYears = new LinkedHashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<String> prefixes = new HashSet<>();
    /** Verbs that introduce what someone says: "officials estimate that ...". */
    final Set<String> reportingVerbs = new HashSet<>();
    final boolean standIn;

    private Statement(List<Token> tagged) {
        this.tokens = retagged(tagged);
        boolean stands = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            stems.add(token.stem());
            prefixes.add(namePrefix(token.lower()));
            stands |= Grammar.STAND_INS.contains(token.lower()) && token.is("PRON", "DET")
                    || token.lower().matches("\\d+-year-old");
            if (isName(token)) {
                names.putIfAbsent(namePrefix(token.lower()), token.text());
            }
            if (token.is("PROPN") && Grammar.MONTHS.contains(token.lower())) {
                dates.add(token.lower());
                year(i).ifPresent(year -> monthYears.add(token.lower() + " " + year));
            } else if (Grammar.WEEKDAYS.contains(token.lower())) {
                dates.add(token.lower());
            }
            if (token.is("VERB") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("that")
                    && tokens.get(i + 1).is("SCONJ")) {
                reportingVerbs.add(token.stem());
            }
        }
        standIn = stands;
        findCounts();
        for (List<Token> clause : clauseTokens()) {
            clauses.add(clause(clause));
        }
    }

    /**
     * Corrections of the tagger: the "has" of "has accused" is an auxiliary, not a verb of its own; a word it
     * takes for an auxiliary that is no auxiliary or modal is a verb ("the benefits outweighed/AUX the risks");
     * the participle after a hyphen modifies a noun ("Greek-owned tanker"), it is no verb of the clause, and a
     * hyphenated word it takes for punctuation ("anti-doping") is a modifier too; and a
     * capitalised word inside a sentence that it takes for a common noun or a pronoun is a name it does not know
     * ("Conselice", "Lugo", "that Benedetti/PRON accepted").
     */
    private static List<Token> retagged(List<Token> tagged) {
        List<Token> tokens = new ArrayList<>(tagged);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("VERB") && Grammar.AUXILIARIES.contains(token.lower()) && nextVerb(tokens, i + 1) >= 0) {
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "AUX"));
            } else if (token.is("AUX") && !Grammar.AUXILIARIES.contains(token.lower())
                    && !Grammar.PASSIVE_AUXILIARIES.contains(token.lower()) && !Grammar.MODALS.contains(token.lower())) {
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "VERB"));
            } else if (token.is("ADJ") && Character.isUpperCase(token.text().charAt(0)) && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("VERB", "AUX")) {
                // "Arsenal/ADJ said": no adjective is the subject of a verb; a capitalised one is a name
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "PROPN"));
            } else if (token.is("PUNCT") && token.text().contains("-") && token.text().chars().anyMatch(Character::isLetter)
                    || token.is("VERB") && i > 1 && tokens.get(i - 1).text().equals("-") && nominal(tokens.get(i - 2))) {
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "ADJ"));
            } else if (token.is("VERB") && i > 2 && tokens.get(i - 1).is("NOUN") && tokens.get(i - 2).is("NUM")
                    && tokens.get(i - 3).lower().matches("an?") && !token.lower().matches(".*(?:ed|ing)")) {
                // "a 3 percent raise/VERB": after "a", a figure and its noun, a plain verb form is the noun counted
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "NOUN"));
            } else if (token.is("NOUN", "PRON") && i > 0 && Character.isUpperCase(token.text().charAt(0))
                    && !Grammar.STAND_INS.contains(token.lower()) && !Grammar.PERSONAL_PRONOUNS.contains(token.lower())
                    && tokens.get(i - 1).text().chars().anyMatch(Character::isLetterOrDigit)) {
                tokens.set(i, new Token(token.text(), token.lower(), token.stem(), "PROPN"));
            }
        }
        return tokens;
    }

    /** The index of the verb that follows, past auxiliaries, adverbs and "not", or -1. */
    private static int nextVerb(List<Token> tokens, int from) {
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

    static Statement of(String text) {
        return new Statement(EnglishTagger.shared().tag(text));
    }

    static String namePrefix(String lower) {
        return lower.length() <= NAME_STEM ? lower : lower.substring(0, NAME_STEM);
    }

    private static boolean isName(Token token) {
        return token.is("PROPN") && token.text().length() > 1 && Character.isUpperCase(token.text().charAt(0))
                && !Names.NOT_NAMES.contains(token.lower()) && !Grammar.MONTHS.contains(token.lower())
                && !Grammar.WEEKDAYS.contains(token.lower()) && Figures.in(token.text()).isEmpty();
    }

    private java.util.Optional<String> year(int month) {
        for (int i = month + 1; i < Math.min(tokens.size(), month + 1 + YEAR_DISTANCE); i++) {
            if (tokens.get(i).lower().matches("(19|20)\\d\\d")) {
                return java.util.Optional.of(tokens.get(i).lower());
            }
        }
        return java.util.Optional.empty();
    }

    private void findCounts() {
        int i = 0;
        while (i < tokens.size()) {
            if (!isFigure(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isFigure(tokens.get(i))) {
                i++;
            }
            StringBuilder written = new StringBuilder();
            tokens.subList(start, i).forEach(token -> written.append(written.length() > 0 ? " " : "").append(token.text()));
            Set<String> nouns = new HashSet<>();
            // "a five-year contract": the figure counts the noun after its hyphen too
            int after = i < tokens.size() && tokens.get(i).text().equals("-") ? i + 1 : i;
            for (int j = after; j < tokens.size() && tokens.get(j).is("ADJ", "NOUN", "PROPN"); j++) {
                if (tokens.get(j).is("NOUN")) {
                    nouns.add(tokens.get(j).stem());
                }
            }
            List<Figures.Figure> figures = Figures.in(written.toString());
            Integer ordinal = Grammar.ORDINALS.get(written.toString().toLowerCase(Locale.ROOT));
            BigDecimal value = ordinal != null ? BigDecimal.valueOf(ordinal)
                    : figures.isEmpty() ? null : figures.get(0).value();
            if (!nouns.isEmpty() && value != null && !written.toString().matches("(19|20)\\d\\d")) {
                counts.add(new Count(value, nouns, written.toString()));
            }
        }
    }

    private static boolean isFigure(Token token) {
        return !Figures.in(token.text()).isEmpty() || token.is("NUM") && NumberWords.scale(token.lower()) != null
                || Grammar.ORDINALS.containsKey(token.lower());
    }

    private List<List<Token>> clauseTokens() {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean joiner = Grammar.CLAUSE_JOINERS.contains(token.lower()) && token.is("CCONJ", "SCONJ")
                    && (!token.lower().equals("and") || i > 0 && tokens.get(i - 1).lower().equals(","))
                    || closingRelativeClause(i);
            if (token.lower().equals(";") || joiner) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
                if (!joiner) {
                    continue;
                }
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            clauses.add(current);
        }
        return clauses;
    }

    /**
     * Whether a relative clause set off by a comma starts here and runs to the end of the sentence: "the
     * government, which has not turned down a request since 2015" says two things, each restating a clause of
     * its own. One closed by a comma before the main verb ("Arsenal, which condemned the fans, said") is left
     * in its clause, whose subject stands before it.
     */
    private boolean closingRelativeClause(int i) {
        if (i == 0 || !tokens.get(i - 1).lower().equals(",") || !Grammar.RELATIVE_PRONOUNS.contains(tokens.get(i).lower())
                || tokens.get(i).lower().equals("that")) {
            return false;
        }
        for (int k = i + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals(",") && nextVerb(tokens, k + 1) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A noun phrase: where it starts and ends in its clause, and whom it speaks of. */
    private record Chunk(int start, int end, Participant who) {
    }

    private Clause clause(List<Token> words) {
        List<Chunk> chunks = chunks(words);
        chunks.forEach(chunk -> participants.add(chunk.who()));
        List<Slot> slots = new ArrayList<>();
        Set<Integer> agentsBy = new HashSet<>();
        for (int v = 0; v < words.size(); v++) {
            if (words.get(v).is("VERB")) {
                verbSlots(words, chunks, v, slots, agentsBy);
            }
        }
        prepositionSlots(words, chunks, slots, agentsBy);
        List<String> negated = new ArrayList<>();
        boolean hedged = false;
        Set<String> content = new HashSet<>();
        Set<String> suspected = new HashSet<>();
        boolean suspicion = false;
        Set<String> unrealised = new HashSet<>();
        Set<String> realised = new HashSet<>();
        boolean unrealising = false;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            // "fails to slow", and "has yet to decide", which is "has not decided yet"
            boolean deniesInfinitive = (token.is("VERB") && Grammar.NEGATING_VERBS.contains(token.stem())
                    || token.lower().equals("yet")) && i + 1 < words.size() && words.get(i + 1).lower().equals("to");
            if (Grammar.NEGATORS.contains(token.lower()) || deniesInfinitive) {
                negated.add(scope(words, i));
                negatedObjectsVerb(words, i).ifPresent(negated::add);
                negatedNounsClause(words, i).ifPresent(negated::add);
            } else if (token.is("VERB") && token.stem().equals(Grammar.DENY)) {
                // "denied that the cuts had affected safety" says the cuts had not affected it
                clauseVerbAfter(words, i).ifPresent(negated::add);
            }
            if (suspicion && token.content()) {
                suspected.add(token.stem());
            }
            // "a third suspect" speaks of a person; "suspected of", "on suspicion of", "accused Moscow of",
            // "charged with" and "allegedly" make what follows a suspicion
            suspicion |= suspicion(token) && (suspectsAfter(words, i) || token.lower().endsWith("ly")
                    || token.lower().equals("alleged"));
            // "may seek the arrest of Marchuk, a prosecutor told reporters": the telling is no part of the seeking
            unrealising &= !(token.lower().equals(",") && clauseFollows(words, i + 1));
            if (token.content()) {
                (unrealising ? unrealised : realised).add(token.stem());
            }
            unrealising |= token.is("VERB") && Grammar.UNREALISED.contains(token.stem());
            hedged |= Grammar.HEDGES.contains(token.lower()) && (token.is("AUX", "ADV") || token.lower().endsWith("ly"));
            if (token.content()) {
                content.add(token.stem());
            }
        }
        unrealised.removeAll(realised);
        return new Clause(slots, negated, hedged, content, List.copyOf(words), suspected, unrealised);
    }

    /** Whether a subject and its verb follow: "a prosecutor told", "the court said". */
    private static boolean clauseFollows(List<Token> words, int from) {
        int i = from;
        while (i < words.size() && nominal(words.get(i))) {
            i++;
        }
        return i > from && i < words.size() && words.get(i).is("VERB", "AUX");
    }

    /** Whether "of", "with" or "that" follows a word of suspicion, past its object at most: "accused Moscow of". */
    private static boolean suspectsAfter(List<Token> words, int at) {
        for (int i = at + 1; i < words.size() && !words.get(i).is("VERB", "AUX"); i++) {
            if (Set.of("of", "with", "that").contains(words.get(i).lower())) {
                return true;
            }
            if (!nominal(words.get(i)) && !possessive(words.get(i))) {
                return false;
            }
        }
        return false;
    }

    /** A word that makes what follows it a suspicion: "suspected", "on suspicion of", "accused", "alleged". */
    static boolean suspicion(Token token) {
        return Grammar.SUSPICIONS.stream().anyMatch(token.lower()::startsWith);
    }

    /**
     * The verb of the clause a verb such as "denied" takes right after it ("denied that the cuts had affected",
     * "denied it had held"), if it takes one: "denied the claim" takes none, nor does "denies accusations by the
     * opposition that it cut", whose clause belongs to the noun.
     */
    private static java.util.Optional<String> clauseVerbAfter(List<Token> words, int verb) {
        int i = verb + 1;
        if (i < words.size() && words.get(i).lower().equals("that") && words.get(i).is("SCONJ")) {
            i++;
        }
        for (; i < words.size(); i++) {
            if (words.get(i).is("VERB")) {
                return java.util.Optional.of(words.get(i).stem());
            }
            if (!words.get(i).is("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "AUX", "ADV", "PART")) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The verb whose object a negation opens: "had broken no law" negates the breaking as "had not broken any
     * law" does. Not when the phrase is the subject of a verb after it: "said no one was hurt" negates no saying.
     */
    private static java.util.Optional<String> negatedObjectsVerb(List<Token> words, int negator) {
        // "there was no evidence": a form of "be" or "have" before it says that nothing exists, negating no act
        if (negator == 0 || !words.get(negator - 1).is("VERB") || !Grammar.NEGATORS.contains(words.get(negator).lower())
                || Grammar.AUXILIARIES.contains(words.get(negator - 1).lower())
                || words.get(negator).lower().matches("not|n't|never|without|cannot|nor")) {
            return java.util.Optional.empty();
        }
        int end = negator + 1;
        while (end < words.size() && nominal(words.get(end))) {
            end++;
        }
        return nextVerb(words, end) >= 0 ? java.util.Optional.empty()
                : java.util.Optional.of(words.get(negator - 1).stem());
    }

    /**
     * The verb of a clause that a noun after "no" takes: "there was no evidence (that) they had been stolen"
     * gives no ground for "they had been stolen", so a sentence saying they were drops a negation.
     */
    private static java.util.Optional<String> negatedNounsClause(List<Token> words, int negator) {
        if (!words.get(negator).lower().equals("no")) {
            return java.util.Optional.empty();
        }
        int end = negator + 1;
        while (end < words.size() && words.get(end).is("ADJ", "NOUN")) {
            end++;
        }
        if (end == negator + 1 || end >= words.size()) {
            return java.util.Optional.empty();
        }
        int clause = words.get(end).lower().equals("that") && words.get(end).is("SCONJ") ? end + 1 : end;
        if (clause >= words.size() || !words.get(clause).is("PRON", "DET", "NOUN", "PROPN")) {
            return java.util.Optional.empty();
        }
        for (int i = clause; i < words.size(); i++) {
            if (words.get(i).is("VERB")) {
                return java.util.Optional.of(words.get(i).stem());
            }
            if (!nominal(words.get(i)) && !words.get(i).is("AUX", "ADV", "PART")) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** The word a negation applies to: the next content word. */
    private static String scope(List<Token> words, int negator) {
        for (int i = negator + 1; i < words.size(); i++) {
            if (words.get(i).content()) {
                return words.get(i).stem();
            }
        }
        return "";
    }

    private static boolean nominal(Token token) {
        return token.is("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON") && !Grammar.NEGATORS.contains(token.lower());
    }

    private static boolean possessive(Token token) {
        return token.lower().equals("'s") || token.lower().equals("'") && token.is("PART");
    }

    /** A hyphen joining two words of one phrase: "Greek-owned", "rate-setting". */
    private static boolean hyphenInside(List<Token> words, int i) {
        return words.get(i).text().equals("-") && i + 1 < words.size() && nominal(words.get(i - 1))
                && nominal(words.get(i + 1));
    }

    /**
     * A date before a name or a determiner ends its phrase: "On Thursday Iran's Guards" is two phrases, while
     * "the 2022 invasion" and "Saturday's election" are one.
     */
    private static boolean dateEnds(List<Token> words, int i) {
        String before = words.get(i - 1).lower();
        return (Grammar.WEEKDAYS.contains(before) || Grammar.MONTHS.contains(before) || before.matches("(19|20)\\d\\d"))
                && words.get(i).is("PROPN", "DET", "PRON");
    }

    private static List<Chunk> chunks(List<Token> words) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!nominal(words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < words.size() && (nominal(words.get(i)) || possessive(words.get(i)) || hyphenInside(words, i))
                    && !Grammar.PERSONAL_PRONOUNS.contains(words.get(i).lower()) && !dateEnds(words, i)) {
                i++;
            }
            while (i + 1 < words.size() && Grammar.NOUN_JOINERS.contains(words.get(i).lower())
                    && words.get(i).is("ADP") && nominal(words.get(i + 1))) {
                i++;
                while (i < words.size() && (nominal(words.get(i)) || possessive(words.get(i)))) {
                    i++;
                }
            }
            Participant who = participant(words.subList(start, i));
            if (who != null) {
                chunks.add(new Chunk(start, i, who));
            }
        }
        return chunks;
    }

    private static Participant participant(List<Token> phrase) {
        int possessive = -1;
        for (int i = 0; i < phrase.size(); i++) {
            if (Grammar.NOUN_JOINERS.contains(phrase.get(i).lower()) && phrase.get(i).is("ADP")) {
                break;
            }
            if (possessive(phrase.get(i))) {
                possessive = i;
            }
        }
        Set<String> names = new LinkedHashSet<>();
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
            if (isName(token)) {
                (i < possessive ? possessors : names).add(namePrefix(token.lower()));
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
        return head == null && names.isEmpty() ? null
                : new Participant(names, possessors, head, words, initials.toString(), figures, dates,
                        phrase.stream().anyMatch(token -> Grammar.STAND_INS.contains(token.lower()) || token.is("PRON")));
    }

    private static Chunk chunkAt(List<Chunk> chunks, int start) {
        return chunks.stream().filter(chunk -> chunk.start() == start).findFirst().orElse(null);
    }

    private static Chunk chunkEndingAt(List<Chunk> chunks, int end) {
        return chunks.stream().filter(chunk -> chunk.end() == end).findFirst().orElse(null);
    }

    private static void verbSlots(List<Token> words, List<Chunk> chunks, int v, List<Slot> slots,
                                  Set<Integer> agentsBy) {
        String verb = words.get(v).stem();
        Chunk left = null;
        Chunk nearest = null;
        boolean passive = false;
        for (int j = v - 1; j >= 0; j--) {
            Token token = words.get(j);
            Chunk chunk = chunkEndingAt(chunks, j + 1);
            if (chunk != null) {
                boolean objectOfPreposition = chunk.start() > 0 && words.get(chunk.start() - 1).is("ADP");
                left = objectOfPreposition ? null : chunk;
                nearest = chunk;
                break;
            }
            if (token.is("AUX") && Grammar.PASSIVE_AUXILIARIES.contains(token.lower())) {
                passive = true;
            }
            if (!token.is("AUX", "ADV", "PART") && !token.lower().equals(",")) {
                break;
            }
        }
        // "given 72 hours to leave", "asked Norbrook to carry out": the phrase before an infinitive that is
        // another verb's object is not taken for the infinitive's subject
        boolean infinitive = v > 0 && words.get(v - 1).lower().equals("to") && words.get(v - 1).is("PART");
        if (infinitive && left != null && left.start() > 0 && words.get(left.start() - 1).is("VERB", "AUX")) {
            left = null;
        }
        passive = passive && !words.get(v).lower().endsWith("ing")
                || v + 1 < words.size() && words.get(v + 1).lower().equals("by")
                || parentheticalParticiple(words, chunks, v) && !words.get(v).lower().endsWith("ing");
        Chunk right = null;
        for (int k = v + 1; k < words.size(); k++) {
            Chunk chunk = chunkAt(chunks, k);
            if (chunk != null) {
                // "said his client had broken": the phrase is the subject of the clause said, not an object;
                // "pressed the bank to delay": before an infinitive, it is the verb's object, but not after a
                // verb of wanting or expecting ("expected the bank to keep" is "expected rates to stay" reworded)
                boolean infinitiveAfter = chunk.end() < words.size() && words.get(chunk.end()).lower().equals("to")
                        && !Grammar.UNREALISED.contains(verb);
                right = nextVerb(words, chunk.end()) >= 0 && !infinitiveAfter ? null : chunk;
                break;
            }
            if (!words.get(k).is("ADV") || Grammar.role(words.get(k)) != null) {
                break;
            }
        }
        // "criticised the move, saying costs would rise": a participle after a comma has the clause's subject,
        // not the object before it
        if (words.get(v).lower().endsWith("ing") && v > 0 && words.get(v - 1).lower().equals(",")) {
            Chunk subject = clauseSubject(words, chunks);
            nearest = subject != null && subject.end() < v ? subject : nearest;
            left = subject != null && subject.end() < v ? subject : left;
        }
        // "Orbis, which makes most of its sales in the United States, saw": a relative clause may end in a
        // preposition's object, and the subject stands before it all the same
        Chunk beforeClause = pastRelativeClause(words, chunks, nearest, v);
        left = beforeClause != nearest ? beforeClause : left;
        Chunk apposed = apposed(words, chunks, left, v);
        List<Chunk> subjects = conjoinedBefore(words, chunks, left);
        if (!passive) {
            subjects.forEach(subject -> add(slots, "agent:" + verb, subject));
            add(slots, "agent:" + verb, apposed);
            conjoinedAfter(words, chunks, right).forEach(object -> add(slots, "patient:" + verb, object));
            return;
        }
        subjects.forEach(subject -> add(slots, "patient:" + verb, subject));
        add(slots, "patient:" + verb, apposed);
        for (int k = v + 1; k < words.size() && !words.get(k).is("VERB"); k++) {
            if (words.get(k).lower().equals("by") && chunkAt(chunks, k + 1) != null) {
                conjoinedAfter(words, chunks, chunkAt(chunks, k + 1)).forEach(agent -> add(slots, "agent:" + verb, agent));
                agentsBy.add(k);
                break;
            }
        }
    }

    /**
     * A verb that opens a phrase set off by commas after a noun phrase, before the clause's own verb: "The
     * captain, arrested on Sunday, has not been charged", "Police, acting on a tip, raided". No subject is
     * parted from its verb by a comma, so the verb is a participle that describes the phrase: the captain was
     * arrested (a past participle is passive), police acted.
     */
    private static boolean parentheticalParticiple(List<Token> words, List<Chunk> chunks, int v) {
        Chunk described = v < 2 || !words.get(v - 1).lower().equals(",") ? null : chunkEndingAt(chunks, v - 1);
        // "The Greens, led by Tereza Mala, doubled": after a preposition's object the comma closes a phrase
        if (described == null || described.start() > 0 && words.get(described.start() - 1).is("ADP")) {
            return false;
        }
        for (int k = v + 1; k + 1 < words.size(); k++) {
            if (words.get(k).lower().equals(",") && nextVerb(words, k + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first phrase before the clause's first verb that is no preposition's object: its subject. */
    private static Chunk clauseSubject(List<Token> words, List<Chunk> chunks) {
        int verb = 0;
        while (verb < words.size() && !words.get(verb).is("VERB")) {
            verb++;
        }
        for (Chunk chunk : chunks) {
            if (chunk.start() < verb && (chunk.start() == 0 || !words.get(chunk.start() - 1).is("ADP"))) {
                return chunk;
            }
        }
        return null;
    }

    /** A phrase with those joined to it before by "and", "or" or a comma: "Italy and Croatia sent". */
    private static List<Chunk> conjoinedBefore(List<Token> words, List<Chunk> chunks, Chunk last) {
        List<Chunk> all = new ArrayList<>();
        for (Chunk chunk = last; chunk != null; ) {
            all.add(chunk);
            int joiner = chunk.start() - 1;
            Chunk before = joiner > 0 && joins(words.get(joiner)) ? chunkEndingAt(chunks, joiner) : null;
            boolean objectOfPreposition = before != null && before.start() > 0 && words.get(before.start() - 1).is("ADP");
            chunk = objectOfPreposition ? null : before;
        }
        return all;
    }

    /**
     * A phrase with those joined to it after by "and", "or" or a comma: "sent by Italy and Croatia", "issued by
     * a Buenos Aires judge, Silvia Cardozo" (a list or a phrase set beside it). A phrase after a comma that a
     * verb follows is that verb's subject, not one of the list: "sent by Italy, Rome said".
     */
    private static List<Chunk> conjoinedAfter(List<Token> words, List<Chunk> chunks, Chunk first) {
        List<Chunk> all = new ArrayList<>();
        for (Chunk chunk = first; chunk != null; ) {
            all.add(chunk);
            int joiner = chunk.end();
            Chunk next = joiner + 1 < words.size() ? chunkAt(chunks, joiner + 1) : null;
            boolean listed = next != null && (joins(words.get(joiner))
                    || words.get(joiner).lower().equals(",") && !subjectOfVerbAfter(words, next));
            chunk = listed ? next : null;
        }
        return all;
    }

    private static boolean subjectOfVerbAfter(List<Token> words, Chunk chunk) {
        return chunk.end() < words.size() && words.get(chunk.end()).is("VERB", "AUX");
    }

    private static boolean joins(Token token) {
        return token.is("CCONJ") && (token.lower().equals("and") || token.lower().equals("or"));
    }

    /**
     * In "Arsenal, which condemned the behaviour of fans, said", the subject is the phrase before the relative
     * clause, not the last phrase in it; so in "Hronkova, ranked 23rd in the world, saved", before the
     * participle's phrase.
     */
    private static Chunk pastRelativeClause(List<Token> words, List<Chunk> chunks, Chunk left, int verb) {
        if (left == null || left.end() >= verb || !words.get(left.end()).lower().equals(",")) {
            return left;
        }
        for (int r = left.start() - 1; r > 1; r--) {
            if (words.get(r).is("VERB") && Grammar.RELATIVE_PRONOUNS.contains(words.get(r - 1).lower())
                    && words.get(r - 2).lower().equals(",")) {
                Chunk before = chunkEndingAt(chunks, r - 2);
                return before != null ? before : left;
            }
            if (parentheticalParticiple(words, chunks, r)) {
                return chunkEndingAt(chunks, r - 1);
            }
        }
        return left;
    }

    /** In "Maarten de Vries, Hale's lawyer, said", the phrase the subject is set beside. */
    private static Chunk apposed(List<Token> words, List<Chunk> chunks, Chunk left, int verb) {
        if (left == null || left.start() < 2 || !words.get(left.start() - 1).lower().equals(",")
                || words.subList(left.end(), verb).stream().noneMatch(token -> token.lower().equals(","))) {
            return null;
        }
        Chunk before = chunkEndingAt(chunks, left.start() - 1);
        boolean objectOfPreposition = before != null && before.start() > 0 && words.get(before.start() - 1).is("ADP");
        return objectOfPreposition ? null : before;
    }

    private static void prepositionSlots(List<Token> words, List<Chunk> chunks, List<Slot> slots,
                                         Set<Integer> agentsBy) {
        String verb = "-";
        for (int k = 0; k < words.size(); k++) {
            Token token = words.get(k);
            if (token.is("VERB")) {
                verb = token.stem();
            }
            String role = Grammar.role(token);
            if (role == null || agentsBy.contains(k) || k > 0 && words.get(k - 1).lower().equals("according")) {
                continue;
            }
            // a phrase right after a noun belongs to the noun ("a trip to Japan"), not to the verb before it; by
            // the noun, so "talks with the Greens" and "governing with the Freedom Movement" keep their partners
            String head = k > 0 && words.get(k - 1).is("NOUN", "PROPN") ? "-" + words.get(k - 1).stem() : verb;
            int at = k + 1;
            Chunk chunk = chunkAt(chunks, at);
            while (chunk != null) {
                if (!Grammar.VERB_BOUND_ROLES.contains(role)) {
                    add(slots, "prep:" + role, chunk);
                }
                add(slots, "prep:" + role + ":" + head, chunk);
                at = chunk.end();
                while (at < words.size() && (words.get(at).lower().equals(",") || words.get(at).is("CCONJ"))) {
                    at++;
                }
                chunk = at == chunk.end() ? null : chunkAt(chunks, at);
                // "took his case to the court, his lawyer said": the phrase before a verb is its subject
                chunk = chunk != null && subjectOfVerbAfter(words, chunk) ? null : chunk;
            }
        }
    }

    private static void add(List<Slot> slots, String key, Chunk chunk) {
        if (chunk != null) {
            slots.add(new Slot(key, chunk.who()));
        }
    }

    /** The names in the text, by the first letters they are compared by, as written. */
    Map<String, String> names() {
        return names;
    }
}
