package org.newsdesk.llm.grounding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English text read for what it claims: its {@link Clause}s, with who fills which role around each verb and
 * preposition, what each negation applies to and whether it is hedged; the names, dates and figures it
 * gives, and which noun each figure counts ({@link Count}). Built from OpenNLP's part-of-speech tags,
 * {@link TagCorrections corrected}, and {@link Grammar}.
 */
final class Statement {

    private static final int YEAR_DISTANCE = 3;

    final List<Token> tokens;
    final List<Clause> clauses;
    /** The names in the text, by the first letters they are compared by, as written. */
    final Map<String, String> names = new HashMap<>();
    final List<Count> counts;
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> monthYears = new LinkedHashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<String> prefixes = new HashSet<>();
    /** Verbs that introduce what someone says: "officials estimate that ...". */
    final Set<String> reportingVerbs = new HashSet<>();
    /** Whether a word stands for someone named elsewhere: "he", "its", "the 45-year-old". */
    final boolean standIn;

    private Statement(List<Token> tagged) {
        this.tokens = TagCorrections.applied(tagged);
        boolean stands = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            stems.add(token.stem());
            prefixes.add(Names.prefix(token.lower()));
            stands |= Grammar.STAND_INS.contains(token.lower()) && token.is("PRON", "DET")
                    || token.lower().matches("\\d+-year-old");
            if (Names.isName(token)) {
                names.putIfAbsent(Names.prefix(token.lower()), token.text());
            }
            if (token.is("PROPN") && Grammar.MONTHS.contains(token.lower())) {
                dates.add(token.lower());
                year(i).ifPresent(year -> monthYears.add(token.lower() + " " + year));
            } else if (Grammar.WEEKDAYS.contains(token.lower())) {
                dates.add(token.lower());
            }
            if (token.is("VERB") && i + 1 < tokens.size() && (tokens.get(i + 1).lower().equals("that")
                    && (tokens.get(i + 1).is("SCONJ") || complementiser(i + 1)) || clauseWithModalAfter(i))) {
                reportingVerbs.add(token.stem());
            }
        }
        standIn = stands;
        counts = Count.in(tokens);
        clauses = Clauses.in(tokens).stream().map(Clause::of).toList();
    }

    /**
     * Whether a "that" the tagger calls a pronoun or determiner opens a clause: before a name, an article or a
     * personal pronoun ("found that/PRON Tonfield had shared"), which no demonstrative "that" comes before.
     */
    private boolean complementiser(int that) {
        if (that + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(that + 1);
        return next.is("PROPN") || next.is("DET") && (next.lower().equals("the") || next.lower().matches("an?"))
                || next.is("PRON") && Set.of("he", "she", "it", "they", "we", "i", "you").contains(next.lower())
                || beforePlural(that + 1);
    }

    /**
     * Whether a plural noun, after any adjectives, follows: a demonstrative "that" takes a singular noun, so "has
     * contended that/PRON foreign investors got" opens a clause.
     */
    private boolean beforePlural(int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).is("ADJ")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).is("NOUN")) {
            return false;
        }
        String lower = tokens.get(i).lower();
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.equals(tokens.get(i).stem())
                && (i + 1 == tokens.size() || !tokens.get(i + 1).is("NOUN"));
    }

    /**
     * Whether a clause without "that" follows a verb, its subject then a modal: "had predicted the bank would
     * leave", as "had predicted that the bank would leave".
     */
    private boolean clauseWithModalAfter(int verb) {
        int at = verb + 1;
        // one phrase: a determiner only at its start ("plants in Alesund the ban could" is two)
        while (at < tokens.size() && tokens.get(at).nominal() && (at == verb + 1 || !tokens.get(at).is("DET"))) {
            at++;
        }
        return at > verb + 1 && at < tokens.size() && tokens.get(at).is("AUX") && Grammar.MODALS.contains(tokens.get(at).lower());
    }

    static Statement of(String text) {
        return new Statement(EnglishTagger.shared().tag(text));
    }

    /** Everyone and everything the text's noun phrases speak of. */
    List<Participant> participants() {
        return clauses.stream().flatMap(clause -> clause.participants().stream()).toList();
    }

    /**
     * The clause of this text that shares the most content words with the given one: the one it restates. One
     * that shares none with any clause restates none of them by its words, and is compared with the first clause
     * that is negated and hedged as it is ("though nobody was hurt" with "but no one was injured", not with the
     * storm that shut the camp before it); only when there is none, with the first clause, so that a negation or
     * hedge added to such a clause is still seen.
     */
    Clause restated(Clause clause) {
        Clause best = clauses.get(0);
        long bestShared = -1;
        long bestKept = 0;
        for (Clause candidate : clauses) {
            long shared = clause.content().stream().filter(candidate.content()::contains).count();
            long kept = keptRoles(clause, candidate);
            // of two that share as many, the one more of whose roles it gives the same ones: "Rebelo received a
            // three-year suspended sentence" restates "while the founder, Artur Seixas, received a three-year
            // suspended sentence" (the same sentence suspended), not "his chief of staff, Joana Rebelo, was
            // acquitted"; "Seven of them went to Ukraine" restates "Seven of them were returned to Ukraine", not
            // "one girl went back to Russia"; then the one those words are more of: "which the consortium
            // admitted" restates "which the consortium denied", not the accusation before it that also names the
            // consortium
            if (shared > bestShared || shared == bestShared && shared > 0 && (kept > bestKept
                    || kept == bestKept && candidate.content().size() < best.content().size())) {
                best = candidate;
                bestShared = shared;
                bestKept = kept;
            }
        }
        if (bestShared == 0) {
            return clauses.stream().filter(candidate -> candidate.negated().isEmpty() == clause.negated().isEmpty()
                    && candidate.certainty() == clause.certainty()).findFirst().orElse(clauses.get(0));
        }
        return best;
    }

    /** How many of a clause's roles another clause gives the same one: same verb or preposition, same party. */
    private static long keptRoles(Clause clause, Clause candidate) {
        return clause.slots().stream().filter(slot -> candidate.slots().stream()
                .anyMatch(other -> other.key().equals(slot.key()) && other.who().sameAs(slot.who()))).count();
    }

    private Optional<String> year(int month) {
        for (int i = month + 1; i < Math.min(tokens.size(), month + 1 + YEAR_DISTANCE); i++) {
            if (tokens.get(i).lower().matches("(19|20)\\d\\d")) {
                return Optional.of(tokens.get(i).lower());
            }
        }
        return Optional.empty();
    }
}
