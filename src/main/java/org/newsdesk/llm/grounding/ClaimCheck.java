package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * Checks one answer sentence against the words of the passage it says it rests on (its support spans):
 * every name, figure and date of the sentence is in them; each figure still counts what it counts; every
 * clause keeps the negation, the hedges and the roles of the clause it restates (who did what to whom, the
 * object of "for", "against", "by", and which way "from ... to ..." goes); no accusation becomes a verdict;
 * and what a passage reports as someone's words stays attributed. English sentences are read with
 * {@link Statement}; a sentence in another language (a translation) is held to its span's figures and
 * negation only.
 */
final class ClaimCheck {

    /** Negations in the other answer languages: "не", "ні", "ніколи", "немає", "нет", "никогда", "без". */
    private static final Pattern OTHER_NEGATOR = Pattern.compile("(?iu)(?<!\\p{L})(?:не|ні|ніколи|немає|нет|никогда|без)(?!\\p{L})");
    private static final Pattern ENGLISH_NEGATOR = Pattern.compile("(?i)\\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\\b|n't\\b");

    private ClaimCheck() {
    }

    /**
     * @param claim    the sentence without its citations
     * @param spans    the words it rests on, each already found in its passage
     * @param cited    the passages it cites, whose reported speech it must keep attributed
     * @param shown    everything else the model was shown, where a name a pronoun stands for may come from
     */
    static List<Problem> problems(String claim, List<String> spans, List<GivenPassage> cited, String shown) {
        String support = String.join(" ; ", withSubjects(spans, cited));
        if (Scripts.mostlyIn(claim) != UnicodeScript.LATIN) {
            return translated(claim, support);
        }
        Statement said = Statement.of(claim);
        Statement source = Statement.of(support);
        List<Problem> problems = new ArrayList<>();
        names(claim, said, support, source, shown, publishers(cited), problems);
        figures(claim, said, source, support, problems);
        for (Set<String> verdict : Grammar.VERDICTS) {
            if (verdict.stream().anyMatch(said.stems::contains) && verdict.stream().noneMatch(source.stems::contains)) {
                problems.add(new Problem(Kind.CHANGED_MODALITY, claim));
            }
        }
        for (Statement.Clause clause : said.clauses) {
            Statement.Clause restated = aligned(clause, source);
            if (changesNegation(clause, restated, source)) {
                problems.add(new Problem(Kind.CHANGED_NEGATION, claim));
            }
            if (opposes(clause, restated)) {
                problems.add(new Problem(Kind.OPPOSITE_MEANING, claim));
            }
            if (clause.hedged() != restated.hedged() && !canForCould(clause, restated)
                    && !attributesAsSupportDoes(clause, restated) || statesSuspicionAsFact(claim, said, clause, restated)
                    || statesUnrealisedAsDone(said, clause, restated)) {
                problems.add(new Problem(Kind.CHANGED_MODALITY, claim));
            }
            swappedRole(clause, restated, source).ifPresent(kind -> problems.add(new Problem(kind, claim)));
            if (movesFigure(clause, restated)) {
                problems.add(new Problem(Kind.MOVED_FIGURE, claim));
            }
        }
        if (reversesOrder(said, source)) {
            problems.add(new Problem(Kind.REVERSED_DIRECTION, claim));
        }
        attribution(claim, said, spans, cited, problems);
        return problems;
    }

    private static List<Problem> translated(String claim, String support) {
        List<Problem> problems = new ArrayList<>();
        Set<BigDecimal> supported = Figures.valuesIn(support);
        Figures.in(claim).stream().filter(figure -> !supported.contains(figure.value()))
                .forEach(figure -> problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, figure.written())));
        if (OTHER_NEGATOR.matcher(claim).find() != ENGLISH_NEGATOR.matcher(support).find()) {
            problems.add(new Problem(Kind.CHANGED_NEGATION, claim));
        }
        return problems;
    }

    /**
     * The spans, each that starts with its verb ("is expected to be extradited from Spain") read with the subject
     * its passage gives it: the phrase right before the span ("said De Boer will join"), or, when the span's verb
     * is joined to an earlier one ("was arrested in Madrid and is expected"), the passage's first subject. (Any
     * words before the span would also let through a name from "arrested in Madrid", or the speaker of "said",
     * put in the subject's place.)
     */
    private static List<String> withSubjects(List<String> spans, List<GivenPassage> cited) {
        List<String> read = new ArrayList<>();
        for (String span : spans) {
            List<Token> words = Statement.of(span).tokens;
            String subject = "";
            if (!words.isEmpty() && words.get(0).is("AUX", "VERB")) {
                for (GivenPassage passage : cited) {
                    // read as written: in lower case, "hanna de groot said" is no name and a verb
                    String cased = QuotedPhrases.normalisedKeepingCase(passage.text());
                    String text = cased.toLowerCase(java.util.Locale.ROOT);
                    int at = text.indexOf(QuotedPhrases.normalised(span).strip());
                    if (at > 0) {
                        String before = (cased.length() == text.length() ? cased : text).substring(0, at);
                        subject = subjectBefore(Statement.of(before).tokens);
                        break;
                    }
                }
            }
            read.add(subject.isEmpty() ? span : subject + " " + span);
        }
        return read;
    }

    private static String subjectBefore(List<Token> before) {
        int end = before.size();
        while (end > 0 && before.get(end - 1).is("PUNCT")) {
            end--;
        }
        int start = end;
        if (end > 0 && before.get(end - 1).is("CCONJ")) {
            start = 0;
            end = 0;
            while (end < before.size() && !before.get(end).is("AUX", "VERB")) {
                end++;
            }
        } else {
            while (start > 0 && before.get(start - 1).is("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "PUNCT")) {
                start--;
            }
        }
        return before.subList(start, end).stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /** The names of the cited passages' publishers, by the first letters names are compared by: "According to AFP". */
    private static Set<String> publishers(List<GivenPassage> cited) {
        return cited.stream().flatMap(passage -> java.util.Arrays.stream(passage.publisher().split("\\s+")))
                .map(word -> Statement.namePrefix(word.toLowerCase(java.util.Locale.ROOT))).collect(Collectors.toSet());
    }

    private static void names(String claim, Statement said, String support, Statement source, String shown,
                              Set<String> publishers, List<Problem> problems) {
        String lowerShown = shown.toLowerCase(java.util.Locale.ROOT);
        Set<String> standIns = Capitals.standInWords(claim, support);
        String sourceText = source.tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        for (Map.Entry<String, String> name : said.names().entrySet()) {
            boolean inSpan = source.prefixes.contains(name.getKey())
                    || source.prefixes.stream().anyMatch(prefix -> prefix.startsWith(name.getKey()))
                    || name.getValue().chars().allMatch(Character::isUpperCase) && Names.spelledOut(name.getValue(), sourceText)
                    || standIns.contains(name.getValue().toLowerCase(java.util.Locale.ROOT))
                    || publishers.contains(name.getKey());
            boolean shownAtAll = lowerShown.contains(name.getKey());
            boolean stoodFor = source.standIn && shownAtAll && standsInFor(name.getKey(), said, source)
                    || shownAtAll && namesDescription(name.getValue(), source, shown);
            // a name the model was never shown is the name check's to report
            if (!inSpan && !stoodFor && shownAtAll) {
                problems.add(new Problem(Kind.NAME_NOT_IN_SPAN, name.getValue()));
            }
        }
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
                .map(ClaimCheck::roleKind).collect(Collectors.toSet());
        return source.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.who().standsIn() || slot.who().words().stream().anyMatch(word -> word.matches("\\d+-year-old")))
                .anyMatch(slot -> kinds.contains(roleKind(slot)) && (givesTo(saidSlots, slot.key(), name)
                        || saidSlots.stream().noneMatch(other -> other.key().equals(slot.key()))));
    }

    private static boolean givesTo(List<Slot> slots, String key, String name) {
        return slots.stream().anyMatch(slot -> slot.key().equals(key)
                && (slot.who().names().contains(name) || slot.who().possessors().contains(name)));
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

    /** "agent", "patient", or "prep:from": a role whatever its verb. */
    private static String roleKind(Slot slot) {
        return slot.core() ? slot.role() : "prep:" + slot.role();
    }

    private static void figures(String claim, Statement said, Statement source, String support, List<Problem> problems) {
        Set<BigDecimal> supported = Figures.valuesIn(support);
        Figures.in(claim).stream().filter(figure -> !supported.contains(figure.value()))
                .forEach(figure -> problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, figure.written())));
        Set<BigDecimal> qualifiedOnly = qualified(support, true);
        qualified(claim, false).stream().filter(qualifiedOnly::contains)
                .forEach(value -> problems.add(new Problem(Kind.CHANGED_MODALITY, claim)));
        said.dates.stream().filter(date -> !source.dates.contains(date))
                .forEach(date -> problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, date)));
        said.monthYears.stream().filter(date -> !source.monthYears.contains(date))
                .filter(date -> source.monthYears.stream().anyMatch(other -> other.startsWith(date.split(" ")[0] + " ")))
                .forEach(date -> problems.add(new Problem(Kind.MOVED_FIGURE, date)));
        for (Statement.Count count : said.counts) {
            if (!supported.contains(count.value()) && !Figures.in(count.written()).isEmpty()) {
                continue; // reported as unsupported already
            }
            // the counts of the support that count most nearly the same thing: "a 3 percent raise" is checked
            // against "a 6 percent raise", not against the "3 percent" offered
            long nearest = source.counts.stream().mapToLong(other -> sharedNouns(other, count)).max().orElse(0);
            List<Statement.Count> nearestCounts = source.counts.stream()
                    .filter(other -> other.sameThing(count) && sharedNouns(other, count) == nearest).toList();
            boolean countsIt = nearestCounts.stream().anyMatch(other -> other.value().compareTo(count.value()) == 0);
            boolean countsAnother = nearestCounts.stream().anyMatch(other -> other.value().compareTo(count.value()) != 0);
            if (!countsIt && countsAnother) {
                problems.add(new Problem(Kind.MOVED_FIGURE, count.written()));
            }
        }
    }

    /**
     * The values a text gives with a qualifier before them ("at least 31"), or, with {@code qualifiedOnly} false,
     * the values it gives bare ("31 people").
     */
    private static Set<BigDecimal> qualified(String text, boolean qualifiedOnly) {
        Set<BigDecimal> with = new java.util.HashSet<>();
        Set<BigDecimal> without = new java.util.HashSet<>();
        int from = 0;
        for (Figures.Figure figure : Figures.in(text)) {
            int at = text.indexOf(figure.written(), from);
            if (at < 0) {
                continue;
            }
            from = at + figure.written().length();
            (Grammar.FIGURE_QUALIFIER.matcher(text.substring(Math.max(0, at - 20), at)).find() ? with : without)
                    .add(figure.value());
        }
        if (qualifiedOnly) {
            with.removeAll(without);
            return with;
        }
        return without;
    }

    private static long sharedNouns(Statement.Count one, Statement.Count other) {
        return one.nouns().stream().filter(other.nouns()::contains).count();
    }

    /** The clause of the support that shares the most content words with this one. */
    private static Statement.Clause aligned(Statement.Clause clause, Statement source) {
        Statement.Clause best = source.clauses.get(0);
        long bestShared = -1;
        for (Statement.Clause candidate : source.clauses) {
            long shared = clause.content().stream().filter(candidate.content()::contains).count();
            if (shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * A word put in the place of its opposite ("rejected" for "approved", "acquitted" for "convicted"): the
     * clause says a word its restated clause lacks, whose opposite, as the same part of speech, that clause
     * says and this one does not. (Across parts of speech, "started" against "a halt" was a faithful
     * "started ..., ending a stoppage".) The opposite negated on one side only restates it: "did not accept"
     * is "rejected"; negated on both sides or neither, it is the other meaning.
     */
    private static boolean opposes(Statement.Clause clause, Statement.Clause restated) {
        for (Token word : clause.words()) {
            if (word.content() && !restated.content().contains(word.stem()) && restated.words().stream()
                    .anyMatch(other -> other.tag().equals(word.tag()) && !clause.content().contains(other.stem())
                            && Opposites.opposite(word.stem(), other.stem())
                            && clause.negated().contains(word.stem()) == restated.negated().contains(other.stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure or date put in another role: the clause gives a role a figure ("won 29 percent", "to 61 percent")
     * or a date ("7.1 percent in April") that the restated clause gives none of its phrases with the same head
     * in that role, though it gives them figures (or dates) of their own. Figures swapped between two parties
     * or between "from" and "to" keep every value in the support, so the check by value alone passes them.
     * Figures are compared with figures and dates with dates, so a date the support gives in a phrase of its
     * own ("on Saturday") is not taken for one moved.
     */
    private static boolean movesFigure(Statement.Clause clause, Statement.Clause restated) {
        for (Slot slot : clause.slots()) {
            List<Participant> fillers = restated.slots().stream()
                    .filter(other -> other.key().equals(slot.key()) && other.who().head() != null
                            && other.who().head().equals(slot.who().head()))
                    .map(Slot::who).toList();
            if (moved(slot.who().figures(), fillers.stream().map(Participant::figures).toList())
                    || moved(slot.who().dates(), fillers.stream().map(Participant::dates).toList())) {
                return true;
            }
        }
        return false;
    }

    private static boolean moved(Set<String> given, List<Set<String>> restated) {
        List<Set<String>> giving = restated.stream().filter(values -> !values.isEmpty()).toList();
        return !given.isEmpty() && !giving.isEmpty() && giving.stream().noneMatch(values -> values.containsAll(given));
    }

    /**
     * "can" for "could", or the other way round: reported speech puts the present's "can" in the past ("said she
     * could still challenge it" is "she can still challenge it"), so the one restates the other, still possible.
     */
    private static boolean canForCould(Statement.Clause clause, Statement.Clause restated) {
        return says(clause, "can") && says(restated, "could") || says(clause, "could") && says(restated, "can");
    }

    /**
     * "for allegedly spying" for "accusing them of spying": a hedge that says whose claim it is ("allegedly",
     * "reportedly"), where the restated clause gives it as an accusation or as someone's words, adds no doubt.
     */
    private static boolean attributesAsSupportDoes(Statement.Clause clause, Statement.Clause restated) {
        boolean onlyAttributing = clause.words().stream()
                .filter(word -> Grammar.HEDGES.contains(word.lower()) && (word.is("AUX", "ADV") || word.lower().endsWith("ly")))
                .allMatch(word -> Grammar.ATTRIBUTING_HEDGES.contains(word.lower()));
        return clause.hedged() && !restated.hedged() && onlyAttributing && restated.words().stream()
                .anyMatch(word -> Statement.suspicion(word) || Attributions.reports(word.text()));
    }

    private static boolean says(Statement.Clause clause, String modal) {
        return clause.words().stream().anyMatch(word -> word.lower().equals(modal) && word.is("AUX"));
    }

    /**
     * What the support gives as a suspicion ("arrested on suspicion of starting the fire") said as a fact ("he
     * started the fire"): the clause says a word of the suspicion, and the sentence has no word of suspicion
     * or hedge at all, nor says whose words it gives ("Kyiv says Moscow abducted" restates "Kyiv has accused
     * Moscow of abducting").
     */
    private static boolean statesSuspicionAsFact(String claim, Statement said, Statement.Clause clause,
                                                 Statement.Clause restated) {
        return clause.content().stream().anyMatch(restated.suspected()::contains) && !Attributions.keptIn(claim)
                && said.tokens.stream().noneMatch(token -> Statement.suspicion(token) || Grammar.HEDGES.contains(token.lower()));
    }

    /**
     * What the support gives as not yet done said as done: "the deal, approved by regulators" for "the deal,
     * which still needs approval from regulators"; "will make a decision" for "is expected to make a decision".
     * A verb of the clause that its restated clause says only after a verb such as "expected", "needs" or
     * "ordered", with nothing before it in the sentence that leaves it undone ("expected", "if", "to", "would").
     */
    private static boolean statesUnrealisedAsDone(Statement said, Statement.Clause clause, Statement.Clause restated) {
        for (Token word : clause.words()) {
            // a verb of expecting itself ("forecasts revenue" for "expects revenue, down from a forecast") states
            // nothing as done
            if (!word.is("VERB") || !restated.unrealised().contains(word.stem())
                    || Grammar.UNREALISED.contains(word.stem())) {
                continue;
            }
            boolean leftUndone = false;
            for (Token before : said.tokens) {
                if (before == word) {
                    break;
                }
                leftUndone |= Grammar.UNREALISING.contains(before.lower()) || Grammar.HEDGES.contains(before.lower())
                        || before.is("VERB") && Grammar.UNREALISED.contains(before.stem());
            }
            if (!leftUndone) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two events put in the other order: "police searched his office after he resigned" for "he resigned, after
     * police searched his office". Each text with "after", "before" or "following" between two events gives
     * which came first; the sentence reverses the order when its earlier event shares more words with the
     * support's later one, and its later event more with the support's earlier one.
     */
    private static boolean reversesOrder(Statement said, Statement source) {
        Optional<List<Set<String>>> claimed = Sequence.of(said.tokens);
        Optional<List<Set<String>>> given = Sequence.of(source.tokens);
        if (claimed.isEmpty() || given.isEmpty()) {
            return false;
        }
        Set<String> earlier = claimed.get().get(0);
        Set<String> later = claimed.get().get(1);
        Set<String> givenEarlier = given.get().get(0);
        Set<String> givenLater = given.get().get(1);
        return shared(earlier, givenLater) > shared(earlier, givenEarlier)
                && shared(later, givenEarlier) > shared(later, givenLater);
    }

    private static long shared(Set<String> one, Set<String> other) {
        return one.stream().filter(other::contains).count();
    }

    /**
     * A negation added, or one dropped from a word the sentence still says. A negation the support gives the
     * same word in another clause is not added ("grounded three planes but said it did not expect", reworded
     * as one clause); one the support gives a word of this clause in another clause is dropped, unless this
     * clause denies ("denied any involvement" keeps "denied that they had been involved"). A negated opposite
     * is no negation added ("did not accept" for "rejected").
     */
    private static boolean changesNegation(Statement.Clause clause, Statement.Clause restated, Statement source) {
        Set<String> negatedInSource = source.clauses.stream().flatMap(c -> c.negated().stream())
                .collect(Collectors.toSet());
        boolean added = !clause.negated().isEmpty() && restated.negated().isEmpty()
                && clause.negated().stream().noneMatch(negatedInSource::contains)
                && !clause.negated().stream().allMatch(word -> negatesOpposite(word, clause, restated));
        // "said she would not ask" for "said she had never taken it and would ask": the restated clause has a
        // negation of its own, but says the word this clause negates without one
        boolean addedBeside = clause.negated().stream().anyMatch(word -> !word.isEmpty()
                && !negatedInSource.contains(word) && restated.content().contains(word));
        boolean dropped = clause.negated().isEmpty() && !clause.content().contains(Grammar.DENY)
                && negatedInSource.stream().anyMatch(clause.content()::contains);
        return added || addedBeside || dropped;
    }

    /**
     * Whether a negated word restates its opposite in the restated clause: "did not accept" for "rejected",
     * "did not win" for "lost". The negation is then the opposite's, not one added.
     */
    private static boolean negatesOpposite(String negated, Statement.Clause clause, Statement.Clause restated) {
        return !restated.content().contains(negated) && restated.words().stream()
                .anyMatch(other -> !clause.content().contains(other.stem()) && Opposites.opposite(negated, other.stem()));
    }

    /**
     * A role given to another: the support's clause has this role filled by someone else, who is named, while
     * the sentence's one is named or is in the support too; or the sentence makes a subject or object of one
     * the support has as a subject or object elsewhere.
     */
    private static Optional<Kind> swappedRole(Statement.Clause clause, Statement.Clause restated,
                                                        Statement source) {
        for (Slot slot : clause.slots()) {
            List<Slot> fillers = restated.slots().stream().filter(other -> other.key().equals(slot.key())).toList();
            // a pronoun of the sentence may stand for whoever fills the role
            if (fillers.isEmpty() || slot.who().pronoun() || fillers.stream().anyMatch(other -> other.who().sameAs(slot.who()))) {
                continue;
            }
            if (fillers.stream().allMatch(other -> other.who().pronoun())) {
                // "a charge it denies": the pronoun may stand for anyone but the verb's other participant
                String otherRole = slot.key().startsWith("agent:") ? "patient:" : "agent:";
                String otherKey = otherRole + slot.key().substring(slot.key().indexOf(':') + 1);
                if (slot.core() && restated.slots().stream().anyMatch(other -> other.key().equals(otherKey)
                        && other.who().sameAs(slot.who()))) {
                    return Optional.of(Kind.SWAPPED_ROLE);
                }
                continue;
            }
            // "Hale, the party's number 12, won": a description set beside the one who fills the role is theirs
            boolean describesFiller = !slot.who().named() && clause.slots().stream().anyMatch(other -> other != slot
                    && other.key().equals(slot.key()) && fillers.stream().anyMatch(filler -> filler.who().sameAs(other.who())));
            if (describesFiller) {
                continue;
            }
            boolean known = source.participants.stream().anyMatch(other -> other.sameAs(slot.who()));
            boolean core = source.clauses.stream().flatMap(c -> c.slots().stream())
                    .anyMatch(other -> other.core() && other.who().sameAs(slot.who()));
            boolean namedFiller = fillers.stream().anyMatch(other -> other.who().named());
            // "Prosecutors welcomed" for "Anti-corruption groups welcomed": an actor the support never speaks of,
            // by a common noun that shares no word with the support's (a name is the name check's; "his team"
            // may be the support's "his side")
            boolean newActor = slot.key().startsWith("agent:") && !known && !slot.who().named()
                    && !slot.who().standsIn() && !slot.who().pronoun() && fillers.stream().noneMatch(other -> other.who().words().stream().anyMatch(slot.who().words()::contains));
            if (namedFiller && (slot.who().named() || known) || slot.core() && core || newActor) {
                return Optional.of(Grammar.DIRECTIONS.contains(slot.role()) ? Kind.REVERSED_DIRECTION
                        : Kind.SWAPPED_ROLE);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence keeps the attribution of the reported part of its passage: it says that someone says
     * it (in any answer language); or, in English, a verb of it takes a "that" clause ("the committee concluded
     * that"); or its subject is the one who speaks ("The union is seeking a raise" for "The union said its members
     * wanted a raise": what a party says of its own aims or acts stays theirs).
     */
    static boolean keepsAttribution(String claim, String reportedPart) {
        if (Attributions.keptIn(claim)) {
            return true;
        }
        if (Scripts.mostlyIn(claim) != UnicodeScript.LATIN) {
            return false;
        }
        Statement said = Statement.of(claim);
        Optional<Participant> subject = said.clauses.get(0).slots().stream()
                .filter(slot -> slot.key().startsWith("agent:")).map(Slot::who).findFirst();
        return !said.reportingVerbs.isEmpty()
                || subject.isPresent() && speakers(Statement.of(reportedPart)).stream()
                        .anyMatch(speaker -> sameSpeaker(speaker, subject.get()));
    }

    /**
     * The speaker by the same name, or by the same head noun of the same owner: "Barre" is not "Barre's lawyer"
     * (the looser {@link Participant#sameAs} takes a name in a phrase for the phrase).
     */
    private static boolean sameSpeaker(Participant speaker, Participant subject) {
        if (!speaker.names().isEmpty() || !subject.names().isEmpty()) {
            return speaker.names().stream().anyMatch(subject.names()::contains);
        }
        return speaker.head() != null && speaker.head().equals(subject.head())
                && speaker.possessors().equals(subject.possessors());
    }

    /** Who says what a text reports: the agents of its verbs of saying. */
    private static List<Participant> speakers(Statement source) {
        List<Participant> speakers = new ArrayList<>();
        for (Statement.Clause clause : source.clauses) {
            Set<String> saying = clause.words().stream().filter(word -> word.is("VERB") && Attributions.reports(word.text()))
                    .map(Token::stem).collect(Collectors.toSet());
            clause.slots().stream().filter(slot -> slot.key().startsWith("agent:")
                    && saying.contains(slot.key().substring("agent:".length()))).forEach(slot -> speakers.add(slot.who()));
        }
        return speakers;
    }

    private static void attribution(String claim, Statement said, List<String> spans, List<GivenPassage> cited,
                                    List<Problem> problems) {
        for (GivenPassage passage : cited) {
            String part = Attributions.partHolding(passage.text(), spans);
            Collection<String> verbs = Statement.of(part).reportingVerbs;
            if (!verbs.isEmpty() && verbs.stream().noneMatch(said.stems::contains) && !keepsAttribution(claim, part)) {
                problems.add(new Problem(Kind.LOST_ATTRIBUTION, claim));
                return;
            }
        }
    }
}
