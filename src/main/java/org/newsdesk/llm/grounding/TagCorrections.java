package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.text.WordForms;

/**
 * Corrections of the tagger: the "has" of "has accused" is an auxiliary, not a verb of its own; a word it
 * takes for an auxiliary that is no auxiliary or modal is a verb ("the benefits outweighed/AUX the risks");
 * a modal it takes for a noun before the rest of its verb group is the modal ("melting might/NOUN have
 * disturbed"); the participle after a hyphen modifies a noun ("Greek-owned tanker"), it is no verb of the clause, and a
 * hyphenated word it takes for punctuation ("anti-doping") is a modifier too; and a
 * capitalised word inside a sentence that it takes for a common noun, a pronoun, a preposition, an interjection or
 * a foreign word is a name it does not know ("Conselice", "Lugo", "that Benedetti/PRON accepted", "Nordic Re/ADP",
 * "the Hikari-4/INTJ", "carrier Hanseline/X"), as is one opening a sentence that it takes for a pronoun
 * ("Fjordair/PRON will strike"); a word in -s between a noun, or a conjunction after a verb, and an infinitive is a verb ("The company
 * plans/NOUN to shift", "... and expects/NOUN to produce"); "though" after a comma that words follow opens a clause, whatever the tagger
 * says; a superlative or comparative after a determiner is the adjective of the noun after it ("the
 * steepest/NOUN fall/VERB"); and a phrase a determiner or possessor opens before a verb ends in its noun
 * ("Veldmark's chief executive/ADJ said"); "after", "before", "since" or "until" before a subject and its verb
 * opens a clause ("after/ADP defence lawyers asked"); and a capitalised adjective after a preposition or a verb
 * that modifies no noun is a name ("the resort of Zinal/ADJ"); a form in -ing after an article is a noun ("a ruling/VERB"),
 * as is one word in -out after a determiner or modifier ("no government bailout/ADV"); a plain form after a modal
 * is its verb, the words between its adverbs ("would most likely/ADJ focus/NOUN"); and "said" is a verb unless a
 * determiner comes before it ("the tribunal said/ADJ"); a word in -s right after a relative "who" (or ", which"), before
 * the phrase it takes, is the relative clause's verb ("Koskinen, who heads/NOUN Metrolinja, said").
 */
final class TagCorrections {

    /** Irregular forms of verbs ("rose", "fell"), which the tagger takes for nouns and adjectives after a noun. */
    private static final Map<String, String> IRREGULAR_VERB_FORMS = WordForms.verbForms();

    private TagCorrections() {
    }

    static List<Token> applied(List<Token> tagged) {
        List<Token> tokens = new ArrayList<>(tagged);
        for (int i = 0; i < tokens.size(); i++) {
            // "The disciplinary tribunal said/ADJ officers had": "said" is an adjective only after a determiner ("the
            // said property"); elsewhere it is the verb, and is made one first, so that the phrase before it ends in
            // its noun below
            if (tokens.get(i).lower().equals("said") && tokens.get(i).is("ADJ") && (i == 0 || !tokens.get(i - 1).is("DET"))) {
                tokens.set(i, new Token(tokens.get(i).text(), "said", EnglishTagger.stem("said", "VERB"), "VERB"));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("VERB") && Grammar.AUXILIARIES.contains(token.lower()) && Grammar.nextVerb(tokens, i + 1) >= 0) {
                tokens.set(i, retagged(token, "AUX"));
            } else if (token.is("NOUN") && token.lower().endsWith("s") && i > 0 && relativeSubject(tokens, i - 1)
                    && i + 1 < tokens.size() && (tokens.get(i + 1).is("DET", "PROPN", "NUM")
                    || Character.isUpperCase(tokens.get(i + 1).text().charAt(0)))) {
                // "Koskinen, who heads/NOUN Metrolinja, said": no noun comes right after a relative pronoun that is
                // its clause's subject; a word in -s there, before the phrase it takes, is the clause's verb
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "VERB"), "VERB"));
            } else if (token.is("AUX") && !Grammar.AUXILIARIES.contains(token.lower())
                    && !Grammar.PASSIVE_AUXILIARIES.contains(token.lower()) && !Grammar.MODALS.contains(token.lower())) {
                tokens.set(i, retagged(token, "VERB"));
            } else if (token.is("NOUN") && Grammar.MODALS.contains(token.lower()) && i > 0 && i + 1 < tokens.size()
                    && startsVerbGroup(tokens.get(i - 1), tokens.get(i + 1))) {
                // "melting might/NOUN have disturbed": after its subject and before the rest of a verb group, a
                // modal is the modal, not the noun ("military might")
                tokens.set(i, retagged(token, "AUX"));
            } else if (token.is("ADJ") && Character.isUpperCase(token.text().charAt(0)) && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("VERB", "AUX")) {
                // "Arsenal/ADJ said": no adjective is the subject of a verb; a capitalised one is a name
                tokens.set(i, retagged(token, "PROPN"));
            } else if (token.is("ADJ") && Character.isUpperCase(token.text().charAt(0)) && i > 0
                    && tokens.get(i - 1).is("ADP", "VERB") && (i + 1 == tokens.size() || !tokens.get(i + 1).is("NOUN", "PROPN", "ADJ", "NUM"))) {
                // "the resort of Zinal/ADJ on Sunday", "had sued Northgate/ADJ in May": a capitalised adjective that
                // modifies no noun after a preposition or a verb is a name, its object ("of Swiss resorts" keeps its
                // adjective)
                tokens.set(i, retagged(token, "PROPN"));
            } else if (token.is("ADJ") && i + 1 < tokens.size() && (tokens.get(i + 1).is("VERB", "AUX")
                    || Grammar.MODALS.contains(tokens.get(i + 1).lower())) && opener(tokens, i) >= 0) {
                // "Veldmark's chief/ADJ executive/ADJ said", "its profit/ADV margin/ADJ might fall": a phrase that a
                // determiner or possessor opens has a noun, which the last word before its verb is; the words
                // between modify it
                for (int k = opener(tokens, i) + 1; k < i; k++) {
                    tokens.set(k, retagged(tokens.get(k), "ADJ"));
                }
                tokens.set(i, retagged(token, "NOUN"));
            } else if (token.is("ADJ") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of")
                    && i > 1 && tokens.get(i - 1).is("ADJ") && tokens.get(i - 2).lower().equals(",")) {
                // "Perera, chief/ADJ executive/ADJ of Sri Lanka Cricket, said": a phrase set beside a name after a
                // comma, of adjectives up to "of", has a noun, which is its last word before "of"
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "NOUN"), "NOUN"));
            } else if (token.is("VERB") && token.lower().endsWith("ing") && i > 0 && tokens.get(i - 1).is("DET")
                    && ARTICLES.contains(tokens.get(i - 1).lower())) {
                // "A ruling/VERB by the commission is expected": after an article, a form in -ing is a noun
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "NOUN"), "NOUN"));
            } else if (token.is("ADV") && token.lower().length() > 4 && token.lower().endsWith("out") && i > 0
                    && tokens.get(i - 1).is("DET", "NOUN", "ADJ")) {
                // "no government bailout/ADV for insurers": after a determiner or a modifier, one word in "-out" is
                // the noun of a phrasal verb ("bailout", "payout", "walkout"), not an adverb ("bail out")
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "NOUN"), "NOUN"));
            } else if (afterModal(tokens, i) && (token.is("VERB") && i > 0 && !tokens.get(i - 1).is("AUX")
                    || token.is("NOUN") && WordForms.base(token.lower(), "VERB").equals(token.lower()))) {
                // "would strike/NOUN again", "would most likely/ADJ focus/NOUN on": a modal's verb group ends in a
                // verb, and a plain form after it is that verb, not a noun; the words between are its adverbs ("most
                // likely" as "probably", not a comparison of chances)
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "VERB"), "VERB"));
                for (int k = i - 1; k >= 0 && !tokens.get(k).is("AUX"); k--) {
                    tokens.set(k, retagged(tokens.get(k), "ADV"));
                }
            } else if (token.is("ADP") && TIME_CONJUNCTIONS.contains(token.lower()) && clauseAfter(tokens, i + 1)) {
                // "after defence lawyers/NOUN asked/VERB": before a subject and its verb, a word of time opens a
                // clause, and the phrase is the verb's subject, not the preposition's object
                tokens.set(i, retagged(token, "SCONJ"));
            } else if (token.is("PUNCT") && token.text().contains("-") && token.text().chars().anyMatch(Character::isLetter)
                    || token.is("VERB") && i > 1 && tokens.get(i - 1).text().equals("-") && tokens.get(i - 2).nominal()) {
                tokens.set(i, retagged(token, "ADJ"));
            } else if (token.is("VERB") && i > 2 && tokens.get(i - 1).is("NOUN") && tokens.get(i - 2).is("NUM")
                    && tokens.get(i - 3).lower().matches("an?") && !token.lower().matches(".*(?:ed|ing)")) {
                // "a 3 percent raise/VERB": after "a", a figure and its noun, a plain verb form is the noun counted
                tokens.set(i, retagged(token, "NOUN"));
            } else if (token.is("ADV") && Grammar.CLAUSE_JOINERS.contains(token.lower()) && i > 0
                    && tokens.get(i - 1).lower().equals(",") && i + 1 < tokens.size() && !tokens.get(i + 1).is("PUNCT")) {
                // "was not made public, though/ADV a newspaper reported it": after a comma and before words, no
                // adverb but the conjunction that opens a clause ("he said, though, that" keeps its adverb)
                tokens.set(i, retagged(token, "SCONJ"));
            } else if (token.is("VERB") && i > 0 && tokens.get(i - 1).lower().equals("'s")) {
                // "Nordhavn's shares/VERB rose/NOUN": what a possessor owns is a noun, and the verb form after it
                // the verb
                tokens.set(i, retagged(token, "NOUN"));
                if (i + 1 < tokens.size() && tokens.get(i + 1).is("NOUN", "ADJ") && IRREGULAR_VERB_FORMS.containsKey(tokens.get(i + 1).lower())) {
                    Token form = tokens.get(i + 1);
                    tokens.set(i + 1, new Token(form.text(), form.lower(), EnglishTagger.stem(form.lower(), "VERB"), "VERB"));
                }
            } else if (pastFormAfterSubject(tokens, i)) {
                // "Minase Optical overtook/NOUN a Chinese rival": an irregular past form between the noun phrase that
                // opens a clause and the phrase after it, in a clause with no verb before it, is the clause's verb
                tokens.set(i, new Token(token.text(), token.lower(), EnglishTagger.stem(token.lower(), "VERB"), "VERB"));
            } else if (degreeBeforeNoun(tokens, i)) {
                // "the steepest/NOUN fall/VERB since 2017": after a determiner, a superlative or comparative is
                // the adjective of the word after it, and that word, in its plain form, the noun (else a
                // verbless phrase after a comma gets a subject and a verb of its own)
                Token noun = tokens.get(i + 1);
                tokens.set(i, retagged(token, "ADJ"));
                tokens.set(i + 1, new Token(noun.text(), noun.lower(), EnglishTagger.stem(noun.lower(), "NOUN"), "NOUN"));
            } else if (token.is("NOUN") && token.lower().endsWith("s") && (i > 0 && tokens.get(i - 1).is("NOUN", "PROPN")
                    || coordinatedPredicate(tokens, i)) && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("to")
                    && tokens.get(i + 1).is("PART") && tokens.get(i + 2).is("VERB")) {
                // "The company plans/NOUN to shift": after its subject and before an infinitive, the verb
                tokens.set(i, retagged(token, "VERB"));
            } else if (token.is("PRON") && i == 0 && Character.isUpperCase(token.text().charAt(0))
                    && !Grammar.PRONOUNS.contains(token.lower())) {
                // "Fjordair/PRON will strike": no pronoun is missing from the short list of them
                tokens.set(i, retagged(token, "PROPN"));
            } else if (token.is("NOUN", "PRON", "ADP", "INTJ", "X") && i > 0 && Character.isUpperCase(token.text().charAt(0))
                    && !Grammar.STAND_INS.contains(token.lower()) && !Grammar.PERSONAL_PRONOUNS.contains(token.lower())
                    && tokens.get(i - 1).text().chars().anyMatch(Character::isLetterOrDigit)) {
                tokens.set(i, retagged(token, "PROPN"));
            } else if (token.is("ADV", "VERB") && i > 0 && i + 1 < tokens.size() && Character.isUpperCase(token.text().charAt(0))
                    && tokens.get(i - 1).text().chars().anyMatch(Character::isLetterOrDigit) && tokens.get(i + 1).is("PROPN")) {
                // "accused by opposition lawmaker Réka/ADV Tóth": inside a sentence, a capitalised word right before a
                // name is the name's first word, not an adverb or a verb
                tokens.set(i, retagged(token, "PROPN"));
            }
        }
        // "Shareholders/VERB said": a sentence's first word right before a verb in the past is its subject, a noun
        if (tokens.size() > 2 && tokens.get(0).is("VERB") && !Grammar.AUXILIARIES.contains(tokens.get(0).lower())
                && tokens.get(1).is("VERB") && (tokens.get(1).lower().equals("said") || tokens.get(1).lower().endsWith("ed"))) {
            Token first = tokens.get(0);
            tokens.set(0, new Token(first.text(), first.lower(), EnglishTagger.stem(first.lower(), "NOUN"), "NOUN"));
        }
        return tokens;
    }

    /**
     * Whether a word opens a predicate that shares its subject with one before it: right after a conjunction that a
     * verb comes before ("plans to invest 480 million euros and expects/NOUN to produce"), or first in a span cut
     * from mid-sentence, in lower case ("expects/NOUN to produce about 25,000 tonnes"). Read as a noun, the
     * expecting was lost and "the company will produce" passed as restating it.
     */
    private static boolean coordinatedPredicate(List<Token> tokens, int at) {
        return at == 0 && Character.isLowerCase(tokens.get(0).text().charAt(0)) || at > 0 && tokens.get(at - 1).is("CCONJ")
                && tokens.subList(0, at - 1).stream().anyMatch(token -> token.is("VERB"));
    }

    /**
     * Where the determiner or possessor ("the", "its", "Veldmark's") that opens a phrase of adjectives and adverbs
     * ending at this word stands, or -1 if none does: "the injured", "its profit margin", not "was very late".
     */
    private static int opener(List<Token> tokens, int end) {
        for (int k = end - 1; k >= 0; k--) {
            Token word = tokens.get(k);
            if (word.is("DET") && !Grammar.NEGATORS.contains(word.lower()) || word.possessive()
                    || word.is("PRON") && POSSESSIVE_PRONOUNS.contains(word.lower())) {
                return k;
            }
            if (!word.is("ADJ", "ADV")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a modal stands right before this word, or before adverbs that stand before it ("would most likely",
     * whatever the tagger makes of "likely"): the modal itself, not a noun ("military might").
     */
    private static boolean afterModal(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && (tokens.get(k).is("ADV") || tokens.get(k).lower().equals("likely"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("AUX") && Grammar.MODALS.contains(tokens.get(k).lower());
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words of time that open a clause or a phrase: "after lawyers asked", "after the hearing". */
    static final Set<String> TIME_CONJUNCTIONS = Set.of("after", "before", "since", "until", "till");

    /**
     * Whether a subject and its finite verb start here: "defence lawyers asked", not "the hearing" nor "talks
     * ending in May".
     */
    private static boolean clauseAfter(List<Token> tokens, int from) {
        int verb = from;
        while (verb < tokens.size() && tokens.get(verb).nominal()) {
            verb++;
        }
        return verb > from && verb < tokens.size() && (tokens.get(verb).is("AUX")
                || tokens.get(verb).is("VERB") && !tokens.get(verb).lower().endsWith("ing"));
    }

    /** Pronouns that own what follows them ("its profit"); "her" may be an object ("told her") and is left out. */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "his", "their", "our", "my", "your");

    /**
     * Whether a modal's verb group goes on after it: "have", "be" or "not" ("melting might have"), or, after a
     * noun phrase, a verb's plain form ("costs might rise"); "military might grew" has neither.
     */
    private static boolean startsVerbGroup(Token before, Token next) {
        return next.lower().matches("have|be|not|n't") || before.nominal() && next.is("VERB")
                && WordForms.base(next.lower(), "VERB").equals(next.lower()) && !next.lower().endsWith("s");
    }

    /**
     * Whether a word the tagger takes for a noun is a superlative or comparative between a determiner ("the",
     * "their") and a verb's plain form, which after it can only be its noun: "the steepest fall", "their
     * sharper drop". A plain form in -ed, -ing or -s, or an irregular form ("the interest rose"), is left a verb.
     */
    private static boolean degreeBeforeNoun(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).is("NOUN") || !tokens.get(i).lower().matches("[a-z]{2,}(?:est|er)")
                || !tokens.get(i - 1).is("DET", "PRON")) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.is("VERB") && next.lower().matches("[a-z]+") && !next.lower().matches(".*(?:ed|ing|s)")
                && !IRREGULAR_VERB_FORMS.containsKey(next.lower());
    }

    /**
     * Whether a word the tagger takes for a noun or adjective is an irregular past form of a verb ("overtook", "beat",
     * "won") that stands where a clause's verb does: after a noun phrase that opens the clause (a name, or a noun),
     * before the phrase of its object (a determiner, a name, a figure or a pronoun), with no verb in the clause
     * before it.
     */
    private static boolean pastFormAfterSubject(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String base = IRREGULAR_VERB_FORMS.get(token.lower());
        if (!token.is("NOUN", "ADJ") || base == null || base.equals(token.lower()) || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean subjectEnds = before.is("PROPN", "NOUN") || before.is("ADJ") && Character.isUpperCase(before.text().charAt(0));
        if (!subjectEnds || !tokens.get(i + 1).is("DET", "PROPN", "NUM", "PRON")) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            Token word = tokens.get(k);
            if (word.is("VERB", "AUX")) {
                return false;
            }
            if (word.is("SCONJ", "CCONJ", "PUNCT") || Grammar.RELATIVE_PRONOUNS.contains(word.lower())) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the word at this index is a relative pronoun that subjects its clause: "who", or "which" after a
     * comma (a "which" elsewhere may be a determiner: "asked which firms").
     */
    private static boolean relativeSubject(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        return word.equals("who") || word.equals("which") && at > 0 && tokens.get(at - 1).lower().equals(",");
    }

    private static Token retagged(Token token, String tag) {
        return new Token(token.text(), token.lower(), token.stem(), tag);
    }
}
