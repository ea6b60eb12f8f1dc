package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a passage reports as someone's words stays theirs in the sentence that restates it ({@link Attributions}
 * gives the words of reporting).
 */
final class AttributionCheck {

    /** The slots of the one who says or tells. */
    private static final Set<String> SAYING = Set.of("agent:say", "agent:tell");

    /** "according to" and the one it names. */
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording\\s+to\\s+\\S");

    private AttributionCheck() {
    }

    /**
     * Whether a sentence drops the attribution of the part of a cited passage its spans fall in: that part has a
     * verb that takes a "that" clause ("officials estimate that"), which the sentence neither says nor keeps
     * otherwise.
     */
    static boolean loses(String claim, Statement said, List<String> spans, List<GivenPassage> cited) {
        for (GivenPassage passage : cited) {
            String part = Attributions.partHolding(passage.text(), spans);
            Collection<String> verbs = Statement.of(part).reportingVerbs;
            // "according to the culture ministry" reports what it follows as a verb of saying does
            boolean according = ACCORDING.matcher(part).find();
            // "..., the federation's ethics commission said": a sayer set after what it says, with no "that"
            boolean sayer = hasSayer(Statement.of(part)) && !saysOrTells(said);
            if ((!verbs.isEmpty() && verbs.stream().noneMatch(said.stems::contains) || according || sayer)
                    && !keepsAttribution(claim, part)
                    || dropsSayer(claim, said, part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The board member denies wrongdoing" for "the board member denies wrongdoing, his lawyer said": the sentence
     * keeps only some of the support's words of reporting ("denies") but drops who says so, with no verb of saying
     * of its own and none of the support's sayers as a subject.
     */
    private static boolean dropsSayer(String claim, Statement said, String part) {
        List<Participant> sayers = Statement.of(part).clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> SAYING.contains(slot.key())).map(Slot::who).toList();
        List<String> kept = Attributions.attributionWordsIn(claim);
        List<String> given = Attributions.attributionWordsIn(part);
        List<Slot> agents = said.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.key().startsWith("agent:")).toList();
        return !sayers.isEmpty() && !kept.isEmpty() && given.containsAll(kept) && !kept.containsAll(given)
                && agents.stream().noneMatch(slot -> SAYING.contains(slot.key())
                        || sayers.stream().anyMatch(sayer -> sameSpeaker(sayer, slot.who())));
    }

    /**
     * Whether a sentence keeps the attribution of the reported part of its passage: it says that someone says
     * it (in any answer language); or, in English, a verb of it takes a "that" clause ("the committee concluded
     * that"); or the subject of one of its clauses is the one who speaks ("The union is seeking a raise" for "The union
     * said its members wanted a raise": what a party says of its own aims or acts stays theirs; "costs, which the
     * court estimated at" for "costs, estimated at ..., the court said").
     */
    static boolean keepsAttribution(String claim, String reportedPart) {
        if (Scripts.mostlyIn(claim) != UnicodeScript.LATIN) {
            return Attributions.keptIn(claim);
        }
        // "There have been 27 reports of infections" for "the agency said it had received 27 reports of
        // infections": a word that is a noun of what is reported says nothing of who reports it, unless the
        // sentence gives it an author or a content ("a charge by Fjellfly that Polaris has abused")
        Set<String> reportedNouns = Attributions.nounsIn(reportedPart);
        String lowerClaim = claim.toLowerCase(Locale.ROOT);
        // "Ivory Coast is expected to announce a rise" for "..., according to traders in Abidjan": where the
        // support reports by "according to" and the sentence does not, a word of reporting the support says too
        // ("announce") is part of what is reported, not who reports it
        List<String> givenWords = ACCORDING.matcher(reportedPart).find() && !ACCORDING.matcher(claim).find()
                ? Attributions.attributionWordsIn(reportedPart) : List.of();
        if (Attributions.attributionWordsIn(claim).stream().filter(word -> !givenWords.contains(word))
                .anyMatch(word -> !reportedNouns.contains(word)
                || Pattern.compile("\\b" + Pattern.quote(word) + "\\s+(?:by|that)\\b").matcher(lowerClaim).find())) {
            return true;
        }
        Statement said = Statement.of(claim);
        List<Participant> subjects = said.clauses.stream().flatMap(clause -> clause.slots().stream()
                .filter(slot -> slot.key().startsWith("agent:")).map(Slot::who).findFirst().stream()).toList();
        List<Participant> speakers = speakers(Statement.of(reportedPart));
        // "banned him after finding that he had cheated" for "..., the ethics commission said": a verb of
        // reporting the support says too, inside what its sayer says, is part of what is reported
        Statement reported = Statement.of(reportedPart);
        Set<String> givenVerbs = hasSayer(reported) && !saysOrTells(said) ? Set.copyOf(reported.reportingVerbs) : Set.of();
        return said.reportingVerbs.stream().anyMatch(verb -> !givenVerbs.contains(verb)) || subjects.stream()
                .anyMatch(subject -> speakers.stream().anyMatch(speaker -> sameSpeaker(speaker, subject)))
                || saysByAnotherWord(said, reported);
    }

    /**
     * "The ministry contested the figures" for "figures the ministry disputed", "has recommended a cut" for "has
     * advised that catches should be cut": a verb of the sentence that is another word for a verb of saying of the
     * support ({@link Synonyms#verbs}), which the sentence does not have as it is.
     */
    private static boolean saysByAnotherWord(Statement said, Statement reported) {
        List<String> given = reported.tokens.stream().filter(token -> token.is("VERB")).map(Token::stem).toList();
        return said.tokens.stream().filter(token -> token.is("VERB") && !given.contains(token.stem()))
                .anyMatch(token -> given.stream().anyMatch(verb -> !said.stems.contains(verb) && Synonyms.verbs(token.stem(), verb)));
    }

    /**
     * Whether a text has one who says or tells apart from those who act in it ("the commission said" of what the
     * federation did), not one who says what it does ("Okafor did not award damages, saying ..."): the participle
     * "saying" shares its clause's subject, whatever the parse gives it.
     */
    private static boolean hasSayer(Statement text) {
        if (text.tokens.stream().noneMatch(token -> token.is("VERB") && (token.stem().equals("say") || token.stem().equals("tell"))
                && !token.lower().endsWith("ing"))) {
            return false;
        }
        List<Slot> slots = text.clauses.stream().flatMap(clause -> clause.slots().stream()).toList();
        List<Participant> actors = slots.stream().filter(slot -> slot.key().startsWith("agent:") && !SAYING.contains(slot.key()))
                .map(Slot::who).toList();
        return slots.stream().filter(slot -> SAYING.contains(slot.key()))
                .anyMatch(slot -> actors.stream().noneMatch(actor -> sameSpeaker(slot.who(), actor)));
    }

    /** Whether a sentence says that someone says or tells. */
    private static boolean saysOrTells(Statement said) {
        return said.stems.contains("say") || said.stems.contains("tell");
    }

    /**
     * Whether a sentence gives what the support reports to another speaker, named by a common noun: "the ministry
     * said" for "the union said" (a name is the name check's). A description that stands for the support's speaker
     * ("the company said" for "Kuusi said", {@link NameCheck#namedByDescriptions}) or a pronoun may be theirs.
     */
    static boolean misattributes(Statement said, Statement source, Map<String, String> described) {
        List<Participant> speakers = speakers(source);
        // of "said" only: other verbs of reporting ("accused", "denied") are the role check's
        List<Participant> claimed = said.clauses.stream().flatMap(clause -> clause.slots().stream())
                .filter(slot -> slot.key().equals("agent:say")).map(Slot::who).toList();
        // only where every speaker of the sentence is a common noun: a name beside one ("Hartono, the head of the
        // agency, said") says whom the description is of
        // (a country's adjective names no one: "Swedish officials" are a common noun's speakers)
        boolean allCommon = claimed.stream().noneMatch(speaker -> speaker.named() && !placeOnly(speaker) || speaker.pronoun()
                || speaker.standsIn() || speaker.head() == null || described.containsKey(speaker.head()));
        return !speakers.isEmpty() && !claimed.isEmpty() && allCommon
                && claimed.stream().anyMatch(speaker -> speakers.stream().noneMatch(speaker::sameAs)
                        || someoneElse(speaker, speakers, source));
    }

    /** Named only by the country it is of: "Swedish officials", "Norwegian police". */
    private static boolean placeOnly(Participant speaker) {
        return speaker.possessors().isEmpty() && speaker.names().stream().allMatch(name -> name.startsWith("@"));
    }

    /**
     * "the water office said" for "the public prosecutor's office said" of "an official of the water office": a
     * speaker all of whose words the support gives another party, and none of its own speakers.
     */
    private static boolean someoneElse(Participant speaker, List<Participant> speakers, Statement source) {
        return speakers.stream().noneMatch(other -> other.words().containsAll(speaker.words()))
                && source.participants().stream().anyMatch(other -> other.words().containsAll(speaker.words()));
    }

    /**
     * The speaker by the same name, or by the same head noun of the same owner: "Barre" is not "Barre's lawyer"
     * (the looser {@link Participant#sameAs} takes a name in a phrase for the phrase). A country's name in common is
     * not enough: "Norway recalled its ambassador" is not what "the Norwegian foreign ministry said" of Norway.
     */
    private static boolean sameSpeaker(Participant speaker, Participant subject) {
        Set<String> speakerNames = ownNames(speaker);
        Set<String> subjectNames = ownNames(subject);
        if (!speakerNames.isEmpty() || !subjectNames.isEmpty()) {
            return speakerNames.stream().anyMatch(subjectNames::contains);
        }
        return speaker.head() != null && speaker.head().equals(subject.head())
                && speaker.possessors().equals(subject.possessors());
    }

    /** A participant's names but that of the country it is of ("@" and its group, from "Norwegian" or "Oslo"). */
    private static Set<String> ownNames(Participant participant) {
        return participant.names().stream().filter(name -> !name.startsWith("@")).collect(Collectors.toSet());
    }

    /**
     * "Peru's culture minister thanked Sweden and said Peru would ask": a verb of saying with no subject of its own,
     * joined by "and" to an earlier verb of its clause, shares that verb's subject.
     */
    private static List<Participant> coordinatedSpeakers(Clause clause) {
        List<Participant> speakers = new ArrayList<>();
        List<Token> words = clause.words();
        for (int v = 1; v < words.size(); v++) {
            Token verb = words.get(v);
            String key = "agent:" + verb.stem();
            if (!verb.is("VERB") || !Attributions.reports(verb.text()) || !words.get(v - 1).lower().equals("and")
                    || clause.slots().stream().anyMatch(slot -> slot.key().equals(key))) {
                continue;
            }
            for (int e = v - 2; e >= 0; e--) {
                if (words.get(e).is("VERB")) {
                    String earlier = "agent:" + words.get(e).stem();
                    clause.slots().stream().filter(slot -> slot.key().equals(earlier)).forEach(slot -> speakers.add(slot.who()));
                    break;
                }
            }
        }
        return speakers;
    }

    /** Who says what a text reports: the agents of its verbs of saying, and whom it is "according to". */
    private static List<Participant> speakers(Statement source) {
        List<Participant> speakers = new ArrayList<>();
        for (Clause clause : source.clauses) {
            Set<String> saying = clause.words().stream().filter(word -> word.is("VERB") && Attributions.reports(word.text()))
                    .map(Token::stem).collect(Collectors.toSet());
            clause.slots().stream().filter(slot -> slot.key().startsWith("agent:")
                    && saying.contains(slot.key().substring("agent:".length()))).forEach(slot -> speakers.add(slot.who()));
            speakers.addAll(coordinatedSpeakers(clause));
            List<Token> words = clause.words();
            List<NounPhrase> phrases = NounPhrases.in(words);
            // "according to the US Space Force": the one the words are according to says them
            for (int k = 0; k + 2 < words.size(); k++) {
                boolean after = words.get(k).lower().equals("according") && words.get(k + 1).lower().equals("to");
                NounPhrase according = after ? NounPhrases.startingAt(phrases, k + 2) : null;
                // the tagger may leave "the" out of a phrase of names: "the US Space Force"
                according = according == null && after && words.get(k + 2).is("DET")
                        ? NounPhrases.startingAt(phrases, k + 3) : according;
                if (according != null) {
                    speakers.add(according.who());
                }
            }
        }
        return speakers;
    }
}
