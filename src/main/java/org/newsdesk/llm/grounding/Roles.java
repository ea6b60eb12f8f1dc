package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.text.WordForms;

/**
 * Who fills which role in a clause: the agent and the patient of each verb (passives turned round, the agent
 * of "by" taken as the verb's), and the object of each role preposition ({@link Grammar#ROLE_PREPOSITIONS}),
 * keyed by its verb or by the noun it follows. Read from the clause's noun phrases and the words between them.
 */
final class Roles {

    private final List<Token> words;
    private final List<NounPhrase> phrases;
    private final List<Slot> slots = new ArrayList<>();
    /** The "by" words whose object is already a passive verb's agent, so no "prep:by" of its own. */
    private final Set<Integer> agentsBy = new HashSet<>();

    private Roles(List<Token> words, List<NounPhrase> phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    static List<Slot> in(List<Token> words, List<NounPhrase> phrases) {
        Roles roles = new Roles(words, phrases);
        for (int v = 0; v < words.size(); v++) {
            if (words.get(v).is("VERB")) {
                roles.verbSlots(v);
            }
        }
        roles.prepositionSlots();
        return roles.slots;
    }

    private void verbSlots(int v) {
        String verb = words.get(v).stem();
        NounPhrase left = null;
        NounPhrase nearest = null;
        NounPhrase aside = null;
        boolean passive = false;
        for (int j = v - 1; j >= 0; j--) {
            Token token = words.get(j);
            NounPhrase phrase = NounPhrases.endingAt(phrases, j + 1);
            int preposition = phrase == null || !phrase.objectOfPreposition(words) ? -1
                    : words.get(phrase.start() - 1).is("ADP") ? phrase.start() - 1 : phrase.start() - 2;
            if (preposition > 0 && phrase.end() == v && Grammar.AUXILIARIES.contains(words.get(preposition - 1).lower())
                    && participle(v)) {
                // "her client had at no time met": a phrase inside the verb group says when or how, and the
                // subject stands before its auxiliary (which the tagger, finding no verb right after it, may
                // call a verb); "is about 25,000 tonnes of lithium concentrate" has no participle to close it
                passive |= Grammar.PASSIVE_AUXILIARIES.contains(words.get(preposition - 1).lower());
                j = preposition - 1;
                continue;
            }
            if (phrase != null) {
                // the name in brackets after a phrase is another name of the same party: "(TVO)"
                phrase = aside != null && phrase.end() == aside.start() - 1
                        ? new NounPhrase(phrase.start(), phrase.end(), phrase.who().alsoNamed(aside.who())) : phrase;
                left = phrase.objectOfPreposition(words) ? null : phrase;
                nearest = phrase;
                break;
            }
            // "operator Teollisuuden Voima (TVO) said": words in brackets between a subject and its verb are an
            // aside (an acronym, a gloss), and the subject stands before them
            int open = token.lower().equals(")") ? opening(j) : -1;
            if (open > 0) {
                aside = NounPhrases.startingAt(phrases, open + 1);
                aside = aside != null && aside.end() == j && aside.who().named() ? aside : null;
                j = open;
                continue;
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
        if (left == null && nearest == null) {
            left = controllerSubject(v);
        }
        if (left == null && nearest != null && nearest.objectOfPreposition(words)) {
            left = beforePrepositions(nearest);
        }
        if (left == null && nearest == null && sharesSubject(v)) {
            return;
        }
        passive = passive && !words.get(v).lower().endsWith("ing")
                || v + 1 < words.size() && words.get(v + 1).lower().equals("by")
                || parentheticalParticiple(v) && !words.get(v).lower().endsWith("ing")
                || reducedRelative(v);
        // "criticised the move, saying costs would rise": a participle after a comma has the clause's subject,
        // not the object before it; after what a verb of saying reports, one that says nothing itself has the
        // reported clause's subject ("police said a trawler capsized, drowning three fishermen": the trawler's
        // capsizing drowned them, not the police)
        if (words.get(v).lower().endsWith("ing") && v > 0 && words.get(v - 1).lower().equals(",")) {
            NounPhrase reported = introducesClause(v) ? null : reportedSubject();
            NounPhrase subject = reported != null ? reported : clauseSubject();
            nearest = subject != null && subject.end() < v ? subject : nearest;
            left = subject != null && subject.end() < v ? subject : left;
        }
        // "Orbis, which makes most of its sales in the United States, saw": a relative clause may end in a
        // preposition's object, and the subject stands before it all the same
        NounPhrase beforeClause = pastRelativeClause(nearest, v);
        left = beforeClause != nearest ? beforeClause : left;
        NounPhrase beforeRestrictive = pastRestrictiveClause(nearest, v);
        left = beforeRestrictive != nearest ? beforeRestrictive : left;
        // "ministers are expected to set": what is expected is the setting, not the ministers, who set
        boolean raising = passive && Grammar.EXPECTING.contains(verb) && v + 1 < words.size()
                && words.get(v + 1).lower().equals("to");
        if (raising) {
            return;
        }
        if (!passive && saidAfter(v) && (left == null || apposed(left, v) == null && speakerClosesClause(v))) {
            // "The goal can be met, said the Fiscal Council": a verb of saying set after what is said, with no
            // subject before it, has its speaker after it; so has one whose speaker ends the clause, the phrase
            // before the comma then being the end of what is said, unless a phrase is set beside it ("will review
            // whether homeowners need more protection, said Rosalind Tetrault, the finance minister": she said it,
            // not the protection; but "his lawyer, Ines Moreau, told the court")
            add("agent:" + verb, objectAfter(v));
            return;
        }
        // the subject and the phrase set beside it are the agents of an active verb, the patients of a passive
        String subjectRole = passive ? "patient:" : "agent:";
        conjoinedBefore(left).forEach(subject -> add(subjectRole + verb, subject));
        add(subjectRole + verb, apposed(left, v));
        if (!passive) {
            conjoinedAfter(objectAfter(v)).forEach(object -> add("patient:" + verb, object));
            // "would join Kolstad" for "would join them from Kolstad": the object of such a verb is an end of the
            // motion too, to be kept as "to Kolstad" would be
            if (Grammar.DIRECTED_VERBS.containsKey(verb)) {
                conjoinedAfter(objectAfter(v)).forEach(object -> add("prep:" + Grammar.DIRECTED_VERBS.get(verb), object));
            }
            return;
        }
        for (int k = v + 1; k < words.size() && !words.get(k).is("VERB"); k++) {
            if (words.get(k).lower().equals("by") && NounPhrases.startingAt(phrases, k + 1) != null) {
                conjoinedAfter(NounPhrases.startingAt(phrases, k + 1)).forEach(agent -> add("agent:" + verb, agent));
                agentsBy.add(k);
                break;
            }
        }
    }

    /**
     * The subject of a verb of expecting or planning that an infinitive follows right after, which is the
     * infinitive's own: "ministers are expected to set the quotas" (the ministers set them), "the quotas are
     * expected to be set by ministers", "the firm plans to invest"; or null. (Other verbs may have an object the
     * tagger missed: in "sent four firefighting planes/VERB to help", the planes help.)
     */
    private NounPhrase controllerSubject(int v) {
        int to = v - 1;
        while (to >= 0 && words.get(to).is("AUX", "ADV")) {
            to--;
        }
        if (to < 1 || !words.get(to).lower().equals("to") || !words.get(to).is("PART") || !words.get(to - 1).is("VERB")
                || !Grammar.UNREALISED.contains(words.get(to - 1).stem()) && !Grammar.EXPECTING.contains(words.get(to - 1).stem())) {
            return null;
        }
        for (int j = to - 2; j >= 0; j--) {
            NounPhrase phrase = NounPhrases.endingAt(phrases, j + 1);
            if (phrase != null) {
                return phrase.objectOfPreposition(words) ? null : phrase;
            }
            if (!words.get(j).is("AUX", "ADV", "PART")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of a verb whose nearest phrase before it is a preposition's object, or null: the phrase after a
     * word of time that opens a clause ("after a bookmaker in Dubai was recorded", whatever the tagger calls
     * "after"), or the phrase before a date that says when ("Peru on Monday handed back"), if that phrase is no
     * preposition's object and no earlier verb's.
     */
    private NounPhrase beforePrepositions(NounPhrase object) {
        int preposition = words.get(object.start() - 1).is("ADP") ? object.start() - 1 : object.start() - 2;
        if (preposition < 0) {
            return null;
        }
        if (TagCorrections.TIME_CONJUNCTIONS.contains(words.get(preposition).lower())) {
            return object;
        }
        boolean date = !object.who().dates().isEmpty() && object.who().names().stream().allMatch(name -> name.startsWith("@"))
                && object.end() - object.start() == 1;
        NounPhrase before = date && preposition > 0 ? NounPhrases.endingAt(phrases, preposition) : null;
        return before == null || before.objectOfPreposition(words)
                || before.start() > 0 && words.get(before.start() - 1).is("VERB", "AUX", "ADP") ? null : before;
    }

    /**
     * "the textiles handed back to Peru by the museum were taken": a past participle right after a noun phrase,
     * with no object of its own, only phrases of prepositions, before an auxiliary, describes that phrase, which
     * the clause's own verb after it has for its subject: the textiles were handed back (not "said on Monday the
     * rate would rise", where a phrase no preposition takes stands before the auxiliary).
     */
    private boolean reducedRelative(int v) {
        if (!words.get(v).lower().endsWith("ed") && !words.get(v).lower().endsWith("en") || NounPhrases.endingAt(phrases, v) == null) {
            return false;
        }
        for (int k = v + 1; k < words.size(); k++) {
            Token token = words.get(k);
            NounPhrase phrase = NounPhrases.startingAt(phrases, k);
            if (phrase != null) {
                if (!phrase.objectOfPreposition(words)) {
                    return false;
                }
                k = phrase.end() - 1;
            } else if (token.is("AUX")) {
                return k > v + 1;
            } else if (!token.is("ADP", "ADV")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The port authority suspended cargo handling and ordered ships to leave": an active verb right after "and",
     * with no subject of its own, shares the subject of the clause's first verb, whose agents it is given, with its
     * own object; whether it did.
     */
    private boolean sharesSubject(int v) {
        if (v < 2 || !words.get(v - 1).lower().equals("and") || words.get(v).lower().endsWith("ing")) {
            return false;
        }
        int first = 0;
        while (first < v && !words.get(first).is("VERB")) {
            first++;
        }
        // the clause's first verb, with no opening of a clause between: in "denied that the country had broken any
        // agreement and said", "and" may join "said" to either verb
        for (int k = first + 1; k < v; k++) {
            if (words.get(k).is("SCONJ") || Grammar.RELATIVE_PRONOUNS.contains(words.get(k).lower())) {
                return false;
            }
        }
        // nor after a verb of saying, whose clause said may hold the verb "and" joins: "said Iceland's decision
        // threatened the stock and broke a deal"
        if (first < v && Attributions.reports(words.get(first).text())) {
            return false;
        }
        String earlier = first < v - 1 ? "agent:" + words.get(first).stem() : null;
        List<Slot> agents = slots.stream().filter(slot -> slot.key().equals(earlier)).toList();
        if (agents.isEmpty()) {
            return false;
        }
        String verb = words.get(v).stem();
        agents.forEach(agent -> slots.add(new Slot("agent:" + verb, agent.who())));
        conjoinedAfter(objectAfter(v)).forEach(object -> add("patient:" + verb, object));
        return true;
    }

    /** The "(" a ")" closes, with no bracket between them, or -1. */
    private int opening(int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (words.get(k).lower().equals("(")) {
                return k;
            }
            if (words.get(k).lower().equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb is a participle: "met", "arrested", "taken", not "concentrate". */
    private boolean participle(int v) {
        String word = words.get(v).lower();
        return word.endsWith("ed") || word.endsWith("en") || !WordForms.base(word, "VERB").equals(word);
    }

    /**
     * Whether a verb of saying follows a comma and the phrase after it closes its clause or meets a comma: the
     * inverted "..., said the council" or "..., said the council, which is led by".
     */
    private boolean saidAfter(int v) {
        if (v == 0 || !words.get(v - 1).lower().equals(",") || !Attributions.reports(words.get(v).text())) {
            return false;
        }
        NounPhrase after = NounPhrases.startingAt(phrases, v + 1);
        return after != null && (after.end() == words.size() || words.get(after.end()).is("PUNCT"));
    }

    /**
     * Whether the phrase after a verb, with one more phrase set beside it by a comma, ends the clause: "said
     * Rosalind Tetrault, the finance minister." (not "said the plan, approved in May, would fail").
     */
    private boolean speakerClosesClause(int v) {
        NounPhrase speaker = NounPhrases.startingAt(phrases, v + 1);
        int end = speaker.end();
        NounPhrase beside = end + 1 < words.size() && words.get(end).lower().equals(",")
                ? NounPhrases.startingAt(phrases, end + 1) : null;
        end = beside != null ? beside.end() : end;
        return end == words.size() || end == words.size() - 1 && words.get(end).is("PUNCT");
    }

    /** The phrase right after the verb, past adverbs, if it is the verb's object. */
    private NounPhrase objectAfter(int v) {
        String verb = words.get(v).stem();
        for (int k = v + 1; k < words.size(); k++) {
            NounPhrase phrase = NounPhrases.startingAt(phrases, k);
            if (phrase != null) {
                // "said his client had broken": the phrase is the subject of the clause said, not an object;
                // "pressed the bank to delay": before an infinitive, it is the verb's object, but not after a
                // verb of wanting or expecting ("expected the bank to keep" is "expected rates to stay" reworded)
                boolean infinitiveAfter = phrase.end() < words.size() && words.get(phrase.end()).lower().equals("to")
                        && !Grammar.UNREALISED.contains(verb);
                return Grammar.nextVerb(words, phrase.end()) >= 0 && !infinitiveAfter ? null : phrase;
            }
            if (!words.get(k).is("ADV") || Grammar.role(words.get(k)) != null) {
                break;
            }
        }
        return null;
    }

    /**
     * A verb that opens a phrase set off by commas after a noun phrase, before the clause's own verb: "The
     * captain, arrested on Sunday, has not been charged", "Police, acting on a tip, raided". No subject is
     * parted from its verb by a comma, so the verb is a participle that describes the phrase: the captain was
     * arrested (a past participle is passive), police acted. So is a past participle with no object of its own
     * after the clause's verb: "must pay the costs, estimated at 400,000 pounds" (the costs were estimated).
     */
    private boolean parentheticalParticiple(int v) {
        NounPhrase described = v < 2 || !words.get(v - 1).lower().equals(",") ? null
                : NounPhrases.endingAt(phrases, v - 1);
        // "The Greens, led by Tereza Mala, doubled": after a preposition's object the comma closes a phrase, unless
        // that object is inside a phrase the prepositions hang from ("The group on the city council, led by")
        described = described != null && described.objectOfPreposition(words) ? pastPrepositions(described) : described;
        if (described == null || described.objectOfPreposition(words)) {
            return false;
        }
        // only after the clause's verb: in "Two pension funds, Zuidmetaal and Bouwgarant, agreed on Monday",
        // "agreed" is the clause's own verb, whose subject is set beside the phrase before it
        boolean pastWithoutObject = words.get(v).lower().endsWith("ed") && v + 1 < words.size()
                && words.get(v + 1).is("ADP") && words.subList(0, described.start()).stream().anyMatch(token -> token.is("VERB"));
        // the clause's own verb after the comma, not a participle of its own: in "Thorsson, the minister, rejected
        // the claims, saying", "rejected" is the clause's verb
        int after = Grammar.verbAfterCommaAt(words, v + 1);
        return after >= 0 && !words.get(after).lower().endsWith("ing") || pastWithoutObject;
    }

    /** Whether a verb is followed by "that" or by a phrase and a verb: "saying costs would rise". */
    private boolean introducesClause(int v) {
        if (v + 1 < words.size() && words.get(v + 1).lower().equals("that")) {
            return true;
        }
        NounPhrase after = NounPhrases.startingAt(phrases, v + 1);
        return after != null && after.subjectOfVerbAfter(words);
    }

    /**
     * When the clause's first verb reports speech ("police said a trawler capsized"), the first phrase after it
     * that is no preposition's object, the subject of what it reports; or null.
     */
    private NounPhrase reportedSubject() {
        int verb = 0;
        while (verb < words.size() && !words.get(verb).is("VERB")) {
            verb++;
        }
        if (verb == words.size() || !Attributions.reports(words.get(verb).text())) {
            return null;
        }
        for (NounPhrase phrase : phrases) {
            if (phrase.start() > verb && !phrase.objectOfPreposition(words)) {
                return phrase;
            }
        }
        return null;
    }

    /** The first phrase before the clause's first verb that is no preposition's object: its subject. */
    private NounPhrase clauseSubject() {
        int verb = 0;
        while (verb < words.size() && !words.get(verb).is("VERB")) {
            verb++;
        }
        for (NounPhrase phrase : phrases) {
            if (phrase.start() < verb && !phrase.objectOfPreposition(words)) {
                return phrase;
            }
        }
        return null;
    }

    /** A phrase with those joined to it before by "and", "or" or a comma: "Italy and Croatia sent". */
    private List<NounPhrase> conjoinedBefore(NounPhrase last) {
        List<NounPhrase> all = new ArrayList<>();
        for (NounPhrase phrase = last; phrase != null; ) {
            all.add(phrase);
            int joiner = phrase.start() - 1;
            NounPhrase before = joiner > 0 && joins(words.get(joiner)) ? NounPhrases.endingAt(phrases, joiner) : null;
            phrase = before != null && before.objectOfPreposition(words) ? null : before;
        }
        return all;
    }

    /**
     * A phrase with those joined to it after by "and", "or" or a comma: "sent by Italy and Croatia", "issued by
     * a Buenos Aires judge, Silvia Cardozo" (a list or a phrase set beside it). A phrase after a comma that a
     * verb follows is that verb's subject, not one of the list: "sent by Italy, Rome said".
     */
    private List<NounPhrase> conjoinedAfter(NounPhrase first) {
        List<NounPhrase> all = new ArrayList<>();
        for (NounPhrase phrase = first; phrase != null; ) {
            all.add(phrase);
            int joiner = phrase.end();
            NounPhrase next = joiner + 1 < words.size() ? NounPhrases.startingAt(phrases, joiner + 1) : null;
            boolean listed = next != null && (joins(words.get(joiner))
                    || words.get(joiner).lower().equals(",") && !next.subjectOfVerbAfter(words));
            phrase = listed ? next : null;
        }
        return all;
    }

    private static boolean joins(Token token) {
        return token.is("CCONJ") && (token.lower().equals("and") || token.lower().equals("or"));
    }

    /**
     * In "Arsenal, which condemned the behaviour of fans, said", the subject is the phrase before the relative
     * clause, not the last phrase in it; so in "Hronkova, ranked 23rd in the world, saved", before the
     * participle's phrase.
     */
    private NounPhrase pastRelativeClause(NounPhrase left, int verb) {
        if (left == null || left.end() >= verb || !words.get(left.end()).lower().equals(",")) {
            return left;
        }
        for (int r = left.start() - 1; r > 1; r--) {
            if (words.get(r).is("VERB") && Grammar.RELATIVE_PRONOUNS.contains(words.get(r - 1).lower())
                    && words.get(r - 2).lower().equals(",")) {
                NounPhrase before = NounPhrases.endingAt(phrases, r - 2);
                return before != null ? before : left;
            }
            // only a verb opens a participle's phrase: in "denies taking any money, his lawyer, Sofia Andreou,
            // told", the phrase after the comma is the subject set beside its apposition, not a participle's
            if (words.get(r).is("VERB") && parentheticalParticiple(r)) {
                return pastPrepositions(NounPhrases.endingAt(phrases, r - 1));
            }
        }
        return left;
    }

    /**
     * "The opposition group on the city council, led by Nathalie Perrin, called": the phrase before a participle's
     * commas may be a preposition's object inside the subject's phrase, and the subject is the phrase the
     * prepositions hang from; the phrase itself where none stands before them.
     */
    private NounPhrase pastPrepositions(NounPhrase phrase) {
        NounPhrase at = phrase;
        while (at != null && at.objectOfPreposition(words)) {
            int preposition = words.get(at.start() - 1).is("ADP") ? at.start() - 1 : at.start() - 2;
            // "The takeover of Baltair by Polaris Air, valued at": a passive's agent after "by" is no part of a
            // subject's phrase
            if (preposition <= 0 || !words.get(preposition).is("ADP") || words.get(preposition).lower().equals("by")) {
                return phrase;
            }
            at = NounPhrases.endingAt(phrases, preposition);
        }
        return at == null ? phrase : at;
    }

    /**
     * "an inquiry into the blast that killed nine miners was opened": a relative clause without commas, its pronoun
     * right before its verb, ends in that verb's object or a place, and the subject is the phrase before the
     * pronoun, or the one that phrase is a preposition's object after ("an inquiry into the blast").
     */
    private NounPhrase pastRestrictiveClause(NounPhrase left, int verb) {
        if (left == null || left.end() != verb && !words.get(left.end()).is("AUX")) {
            return left;
        }
        for (int r = left.start() - 1; r > 1 && !words.get(r).lower().equals(","); r--) {
            if (words.get(r).is("VERB")) {
                NounPhrase before = Grammar.RELATIVE_PRONOUNS.contains(words.get(r - 1).lower())
                        ? NounPhrases.endingAt(phrases, r - 1) : null;
                NounPhrase owner = before != null && before.start() > 0 && words.get(before.start() - 1).is("ADP")
                        ? NounPhrases.endingAt(phrases, before.start() - 1) : null;
                return owner != null ? owner : before != null ? before : left;
            }
        }
        return left;
    }

    /** In "Maarten de Vries, Hale's lawyer, said", the phrase the subject is set beside. */
    private NounPhrase apposed(NounPhrase left, int verb) {
        if (left == null || left.start() < 2 || !words.get(left.start() - 1).lower().equals(",")
                || words.subList(left.end(), verb).stream().noneMatch(token -> token.lower().equals(","))) {
            return null;
        }
        NounPhrase before = NounPhrases.endingAt(phrases, left.start() - 1);
        return before != null && before.objectOfPreposition(words) ? null : before;
    }

    private void prepositionSlots() {
        String verb = "-";
        for (int k = 0; k < words.size(); k++) {
            Token token = words.get(k);
            if (token.is("VERB")) {
                verb = token.stem();
            }
            String role = Grammar.role(token);
            if (role == null || agentsBy.contains(k) || k > 0 && words.get(k - 1).lower().equals("according")
                    || bearing(k)) {
                continue;
            }
            // a phrase right after a noun belongs to the noun ("a trip to Japan"), not to the verb before it; by
            // the noun, so "talks with the Greens" and "governing with the Freedom Movement" keep their partners
            String head = k > 0 && words.get(k - 1).is("NOUN", "PROPN") ? "-" + words.get(k - 1).stem() : verb;
            int at = k + 1;
            NounPhrase phrase = NounPhrases.startingAt(phrases, at);
            while (phrase != null) {
                if (!Grammar.VERB_BOUND_ROLES.contains(role)) {
                    add("prep:" + role, phrase);
                }
                add("prep:" + role + ":" + head, phrase);
                at = phrase.end();
                while (at < words.size() && (words.get(at).lower().equals(",") || words.get(at).is("CCONJ"))) {
                    at++;
                }
                phrase = at == phrase.end() ? null : NounPhrases.startingAt(phrases, at);
                // "took his case to the court, his lawyer said": the phrase before a verb is its subject
                phrase = phrase != null && phrase.subjectOfVerbAfter(words) ? null : phrase;
            }
        }
    }

    /**
     * "600 kilometres to the north of the launch site": "to" before "the" and a point of the compass with "of"
     * says where something lies from a landmark, as "north of the launch site" does, not where it went.
     */
    private boolean bearing(int preposition) {
        return words.get(preposition).lower().equals("to") && preposition + 3 < words.size()
                && words.get(preposition + 1).lower().equals("the")
                && Grammar.COMPASS_POINTS.contains(words.get(preposition + 2).lower())
                && words.get(preposition + 3).lower().equals("of");
    }

    private void add(String key, NounPhrase phrase) {
        if (phrase != null) {
            slots.add(new Slot(key, phrase.who()));
        }
    }
}
