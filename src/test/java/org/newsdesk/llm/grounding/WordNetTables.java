package org.newsdesk.llm.grounding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.newsdesk.index.LexicalIndex;

/**
 * Derives the product's word tables from WordNet 3.1 (read with extJWNL, a test dependency), so that the
 * product carries a few hundred kilobytes instead of the dictionary: for the claim check, the opposites
 * (WordNet's antonyms, each word of one sense against each word of the opposite sense, with the irregular
 * forms WordNet lists) and the national capitals with the names of their countries; the adjectives of
 * countries ({@code text/}); the word families the answerer's coverage counts ({@code index/}).
 * {@code WordNetTablesTest} checks that the tables under {@code src/main/resources} are exactly what this
 * writes; run {@link #main} to rewrite them.
 */
final class WordNetTables {

    static final Path OPPOSITES = Path.of("src/main/resources/grounding/opposites.txt");
    static final Path SYNONYMS = Path.of("src/main/resources/grounding/synonyms.txt");
    static final Path CAPITALS = Path.of("src/main/resources/text/capitals.txt");
    static final Path WORD_FORMS = Path.of("src/main/resources/text/word-forms.txt");
    static final Path DEMONYMS = Path.of("src/main/resources/text/demonyms.txt");
    static final Path WORD_FAMILIES = Path.of("src/main/resources/index/word-families.txt");
    /** How many of a word's senses, most frequent first, give it relatives: rarer senses relate it to noise. */
    private static final int FAMILY_SENSES = 2;
    /** How many of a verb's senses, most frequent first, give it synonyms: "advise" is "recommend" in its third. */
    private static final int SAYING_SENSES = 2;
    /** WordNet's file of the verbs of communication ("say", "deny", "dispute", "advise"), which report words. */
    private static final String COMMUNICATION = "verb.communication";
    private static final Pattern SYNONYM_WORD = Pattern.compile("[a-z]{3,}");

    private static final Pattern SINGLE_WORD = Pattern.compile("[a-z]{2,}");
    private static final Pattern PROPER_NAME = Pattern.compile("(?:The |the )?\\p{Lu}[\\p{L}.']*(?: (?:of |the |and )*\\p{Lu}[\\p{L}.']*)*");
    /** How far up "part of" a capital's country may be: London is in England, which is in the United Kingdom. */
    private static final int HOLONYM_DEPTH = 3;

    private static final String LICENCE = """
            # Derived from WordNet 3.1 by WordNetTables (src/test/java/org/newsdesk/llm/grounding); do not edit by hand.
            #
            # WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
            # Permission to use, copy, modify and distribute this software and database and its documentation for any
            # purpose and without fee or royalty is hereby granted, provided that you agree to comply with the
            # following copyright notice and statements, including the disclaimer, and that the same appear on ALL
            # copies of the software, database and documentation, including modifications that you make for internal
            # use or for distribution.
            # THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
            # WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
            # REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
            # THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
            # TRADEMARKS OR OTHER RIGHTS.
            # The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
            # distribution of the software and/or database. Title to copyright in this software, database and any
            # associated documentation shall at all times remain with Princeton University and LICENSEE agrees to
            # preserve same.
            #
            """;

    private WordNetTables() {
    }

    public static void main(String[] args) throws Exception {
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();
        Files.writeString(OPPOSITES, opposites(wordNet), StandardCharsets.UTF_8);
        Files.writeString(SYNONYMS, synonyms(wordNet), StandardCharsets.UTF_8);
        Files.writeString(CAPITALS, capitals(wordNet), StandardCharsets.UTF_8);
        Files.writeString(DEMONYMS, demonyms(wordNet), StandardCharsets.UTF_8);
        Files.writeString(WORD_FORMS, wordForms(wordNet), StandardCharsets.UTF_8);
        Files.writeString(WORD_FAMILIES, wordFamilies(wordNet), StandardCharsets.UTF_8);
    }

    /**
     * Lines "a b" for two words of opposite senses: a word WordNet gives an antonym, against every word of
     * that antonym's sense ("approve reject": approve's antonym disapprove shares a sense with reject).
     */
    static String opposites(Dictionary wordNet) throws JWNLException {
        Set<String> pairs = new TreeSet<>();
        for (POS pos : List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE)) {
            for (Iterator<Synset> synsets = wordNet.getSynsetIterator(pos); synsets.hasNext(); ) {
                for (Word word : synsets.next().getWords()) {
                    if (!SINGLE_WORD.matcher(word.getLemma()).matches()) {
                        continue;
                    }
                    for (Pointer antonym : word.getPointers(PointerType.ANTONYM)) {
                        for (String other : singleWords(target(antonym))) {
                            String one = word.getLemma();
                            if (!one.equals(other)) {
                                pairs.add(one.compareTo(other) < 0 ? one + " " + other : other + " " + one);
                            }
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# Words of opposite senses, one pair a line.\n");
        pairs.forEach(pair -> out.append(pair).append('\n'));
        return out.toString();
    }

    /**
     * Lines "v a b" for two words of one meaning, both in use in WordNet's tagged texts: a verb of communication in
     * one of its {@value #SAYING_SENSES} most frequent senses, against the other words of that sense and of the sense
     * it is a kind of ("v contest dispute", "v advise recommend"). What a sentence says by another word of its
     * support's: a verb of saying it keeps.
     */
    static String synonyms(Dictionary wordNet) throws JWNLException {
        Set<String> pairs = new TreeSet<>();
        for (Iterator<IndexWord> words = wordNet.getIndexWordIterator(POS.VERB); words.hasNext(); ) {
            IndexWord word = words.next();
            List<Synset> senses = word.getSenses();
            for (Synset sense : senses.subList(0, Math.min(SAYING_SENSES, senses.size()))) {
                if (sense.getLexFileName().equals(COMMUNICATION) && inUse(sense, word.getLemma())) {
                    Set<String> others = wordsInUse(sense);
                    for (Pointer kind : sense.getPointers(PointerType.HYPERNYM)) {
                        others.addAll(wordsInUse(target(kind)));
                    }
                    others.forEach(other -> pair(pairs, "v", word.getLemma(), other));
                }
            }
        }
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# Words of one meaning, by part of speech (v: verbs of communication), one pair a line.\n");
        pairs.forEach(pair -> out.append(pair).append('\n'));
        return out.toString();
    }

    private static void pair(Set<String> pairs, String pos, String one, String other) {
        if (SYNONYM_WORD.matcher(one).matches() && SYNONYM_WORD.matcher(other).matches() && !one.equals(other)) {
            pairs.add(pos + " " + (one.compareTo(other) < 0 ? one + " " + other : other + " " + one));
        }
    }

    /** Whether a word is in use in WordNet's tagged texts in this sense. */
    private static boolean inUse(Synset sense, String lemma) {
        return sense.getWords().stream().anyMatch(word -> word.getLemma().equals(lemma) && word.getUseCount() > 0);
    }

    /** The single words of a sense that are in use in WordNet's tagged texts. */
    private static Set<String> wordsInUse(Synset sense) {
        Set<String> words = new TreeSet<>();
        for (Word word : sense.getWords()) {
            if (word.getUseCount() > 0) {
                words.add(word.getLemma());
            }
        }
        return words;
    }

    /** Lines "v form word": the irregular forms of verbs (v), nouns (n) and adjectives (a): "v rose rise". */
    static String wordForms(Dictionary wordNet) throws JWNLException {
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# Irregular forms of English words and the word they are a form of, by part of speech.\n");
        for (POS pos : List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE)) {
            Set<String> forms = new TreeSet<>();
            for (Iterator<Exc> exceptions = wordNet.getExceptionIterator(pos); exceptions.hasNext(); ) {
                Exc exception = exceptions.next();
                String base = exception.getExceptions().get(0);
                if (SINGLE_WORD.matcher(exception.getLemma()).matches() && SINGLE_WORD.matcher(base).matches()) {
                    forms.add(pos.getKey() + " " + exception.getLemma() + " " + base);
                }
            }
            forms.forEach(form -> out.append(form).append('\n'));
        }
        return out.toString();
    }

    /** A verb's regular past, third person and present participle: "died", "dies", "dying" of "die". */
    static List<String> regularForms(String verb) {
        if (verb.endsWith("ie")) {
            String root = verb.substring(0, verb.length() - 2);
            return List.of(verb + "d", verb + "s", root + "ying");
        }
        if (verb.endsWith("e")) {
            return List.of(verb + "d", verb + "s", verb.substring(0, verb.length() - 1) + "ing");
        }
        if (verb.matches(".*[^aeiou]y")) {
            String root = verb.substring(0, verb.length() - 1);
            return List.of(root + "ied", root + "ies", verb + "ing");
        }
        return List.of(verb + "ed", verb + "s", verb + "ing");
    }

    /**
     * Lines "stem stem…": a word's stem (as the lexical index stems it), then the stems of the words WordNet
     * derives from it or it from them, in its two most frequent senses, when those are in use in WordNet's
     * tagged texts ("drive driver", "own owner", "skipper captain" is not one: no synonyms, only word forms).
     */
    static String wordFamilies(Dictionary wordNet) throws JWNLException {
        LexicalIndex stems = new LexicalIndex(List.of());
        Map<String, Set<String>> families = new TreeMap<>();
        for (POS pos : List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE)) {
            for (Iterator<IndexWord> words = wordNet.getIndexWordIterator(pos); words.hasNext(); ) {
                IndexWord word = words.next();
                Set<String> stem = stems.terms(word.getLemma());
                if (!SINGLE_WORD.matcher(word.getLemma()).matches() || stem.size() != 1) {
                    continue;
                }
                List<Synset> senses = word.getSenses();
                for (Synset sense : senses.subList(0, Math.min(FAMILY_SENSES, senses.size()))) {
                    for (Word self : sense.getWords()) {
                        if (!self.getLemma().equals(word.getLemma()) || self.getUseCount() == 0) {
                            continue;
                        }
                        for (Pointer derived : self.getPointers(PointerType.DERIVATION)) {
                            String relative = ((Word) derived.getTarget()).getLemma();
                            Set<String> relativeStem = stems.terms(relative);
                            if (SINGLE_WORD.matcher(relative).matches() && relativeStem.size() == 1
                                    && !relativeStem.equals(stem)) {
                                families.computeIfAbsent(stem.iterator().next(), key -> new TreeSet<>())
                                        .addAll(relativeStem);
                                // "died" is stemmed "di", not "die": a verb's regular forms join its family
                                if (pos == POS.VERB) {
                                    for (String form : regularForms(word.getLemma())) {
                                        Set<String> formStem = stems.terms(form);
                                        if (formStem.size() == 1 && !formStem.equals(stem) && !formStem.equals(relativeStem)) {
                                            families.computeIfAbsent(formStem.iterator().next(), key -> new TreeSet<>())
                                                    .addAll(relativeStem);
                                            families.computeIfAbsent(relativeStem.iterator().next(), key -> new TreeSet<>())
                                                    .addAll(formStem);
                                            families.computeIfAbsent(formStem.iterator().next(), key -> new TreeSet<>())
                                                    .addAll(stem);
                                            families.computeIfAbsent(stem.iterator().next(), key -> new TreeSet<>())
                                                    .addAll(formStem);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# A stem, then the stems of the words derived from or to it (WordNet's derivational links).\n");
        families.forEach((stem, relatives) -> out.append(stem).append(' ').append(String.join(" ", relatives)).append('\n'));
        return out.toString();
    }

    /** Lines "capital; country names": the names of each national capital, then those of its country. */
    static String capitals(Dictionary wordNet) throws JWNLException {
        Synset nationalCapital = wordNet.getIndexWord(POS.NOUN, "national capital").getSenses().get(0);
        Synset country = wordNet.getIndexWord(POS.NOUN, "country").getSenses().get(1);
        Set<String> lines = new TreeSet<>();
        for (Iterator<Synset> synsets = wordNet.getSynsetIterator(POS.NOUN); synsets.hasNext(); ) {
            Synset synset = synsets.next();
            boolean capital = synset.getPointers(PointerType.INSTANCE_HYPERNYM).stream()
                    .anyMatch(pointer -> target(pointer).getOffset() == nationalCapital.getOffset());
            if (!capital) {
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            Deque<Synset> holders = new ArrayDeque<>(List.of(synset));
            for (int depth = 0; depth < HOLONYM_DEPTH && !holders.isEmpty(); depth++) {
                Deque<Synset> next = new ArrayDeque<>();
                for (Synset holder : holders) {
                    for (Pointer part : holder.getPointers(PointerType.PART_HOLONYM)) {
                        Synset whole = target(part);
                        if (isA(whole, country)) {
                            countries.addAll(names(whole));
                        }
                        next.add(whole);
                    }
                }
                holders = next;
            }
            Set<String> capitalNames = names(synset);
            if (!countries.isEmpty() && !capitalNames.isEmpty()) {
                lines.add(String.join(", ", capitalNames) + "; " + String.join(", ", countries));
            }
        }
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# National capitals (their names, then their country's), which stand for their governments in the news.\n");
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /**
     * Lines "adjective; country names": the adjectives WordNet says pertain to a country ("Italian" to "Italy",
     * "Filipino" to "Philippines"), by which the news speaks of its people and government.
     */
    static String demonyms(Dictionary wordNet) throws JWNLException {
        Synset country = wordNet.getIndexWord(POS.NOUN, "country").getSenses().get(1);
        Set<String> lines = new TreeSet<>();
        for (Iterator<Synset> synsets = wordNet.getSynsetIterator(POS.ADJECTIVE); synsets.hasNext(); ) {
            for (Word word : synsets.next().getWords()) {
                if (!PROPER_NAME.matcher(word.getLemma()).matches() || word.getLemma().contains(" ")) {
                    continue;
                }
                for (Pointer pointer : word.getPointers(PointerType.PERTAINYM)) {
                    Synset whole = target(pointer);
                    Set<String> countries = names(whole);
                    if (isA(whole, country) && !countries.isEmpty()) {
                        lines.add(word.getLemma() + "; " + String.join(", ", countries));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(LICENCE);
        out.append("# Adjectives of countries (the adjective, then the country's names), which speak of its people and government.\n");
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static boolean isA(Synset synset, Synset kind) throws JWNLException {
        Deque<Synset> up = new ArrayDeque<>();
        synset.getPointers(PointerType.INSTANCE_HYPERNYM).forEach(pointer -> up.add(target(pointer)));
        Set<Long> seen = new HashSet<>();
        while (!up.isEmpty()) {
            Synset next = up.pop();
            if (next.getOffset() == kind.getOffset()) {
                return true;
            }
            if (seen.add(next.getOffset())) {
                next.getPointers(PointerType.HYPERNYM).forEach(pointer -> up.add(target(pointer)));
            }
        }
        return false;
    }

    private static Synset target(Pointer pointer) {
        try {
            return pointer.getTargetSynset();
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> singleWords(Synset synset) {
        Set<String> words = new TreeSet<>();
        for (Word word : synset.getWords()) {
            if (SINGLE_WORD.matcher(word.getLemma()).matches()) {
                words.add(word.getLemma());
            }
        }
        return words;
    }

    /** The proper names among a synset's words ("Moscow", "Russian Federation"; not "Russian capital"). */
    private static Set<String> names(Synset synset) {
        Set<String> names = new LinkedHashSet<>();
        for (Word word : synset.getWords()) {
            String lemma = word.getLemma();
            if (PROPER_NAME.matcher(lemma).matches() && !lemma.toLowerCase().contains("capital")) {
                names.add(lemma);
            }
        }
        return names;
    }

    static String read(Path table) throws IOException {
        return Files.readString(table, StandardCharsets.UTF_8);
    }
}
