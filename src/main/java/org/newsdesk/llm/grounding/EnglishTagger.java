package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.WordForms;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of English text with their part of speech (Universal Dependencies tags: PROPN, NOUN, VERB, AUX,
 * ADP...) and stem, as the claim check compares them: OpenNLP's words and tags from
 * {@link PartOfSpeechTagger}, clitics split off first. OpenNLP's lemmatizer was measured at 10 ms a
 * sentence, so words are compared by their Snowball stem, irregular forms first taken back to their word
 * ({@link WordForms}: "rose" is compared as "rise").
 */
final class EnglishTagger {

    /** The UD tokenizer keeps clitics on their word ("Moscow's", "hasn't"); the grammar needs them apart. */
    private static final Pattern CLITIC = Pattern.compile("(?i)^(\\p{L}+?)(n't|'s)$");

    private final PartOfSpeechTagger tagger = PartOfSpeechTagger.shared();

    private EnglishTagger() {
    }

    private static final class Shared {
        static final EnglishTagger INSTANCE = new EnglishTagger();
    }

    static EnglishTagger shared() {
        return Shared.INSTANCE;
    }

    /** Loads the models now rather than on the first answer. */
    public static void preload() {
        shared();
    }

    /**
     * The tokenizer cuts a score or a result ("2-0", "5-1") into "2-" and "0", or "5", "-" and "1", tagged as
     * a preposition and numbers: one figure (a number, whatever the tagger makes of it), so the phrase it ends
     * ("won the first leg 2-0") holds it.
     */
    private static void joinScores(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).matches("\\d+-") && words.get(i + 1).matches("\\d+")) {
                words.set(i, words.get(i) + words.remove(i + 1));
            } else if (i + 2 < words.size() && words.get(i).matches("\\d+") && words.get(i + 1).equals("-")
                    && words.get(i + 2).matches("\\d+")) {
                words.set(i, words.get(i) + "-" + words.get(i + 2));
                words.remove(i + 2);
                words.remove(i + 1);
            }
        }
    }

    /**
     * The part of speech of the word a clitic was cut from, when the tagger gave the whole one tag: a possessor
     * it calls an adjective ("Moscow's/ADJ troops") is a name when capitalised, a noun otherwise.
     */
    private static String hostTag(String host, String tag) {
        if (!tag.equals("ADJ")) {
            return tag;
        }
        return Character.isUpperCase(host.charAt(0)) ? "PROPN" : "NOUN";
    }

    List<Token> tag(String text) {
        List<String> surface = new ArrayList<>();
        for (String word : tagger.words(text.replace('’', '\'').replace('‘', '\''))) {
            if (word.matches("-\\p{L}+") && !surface.isEmpty() && surface.get(surface.size() - 1).matches(".*\\p{L}")) {
                // the tokenizer cuts "Iranian-linked" into "Iranian" and "-linked": one word
                surface.set(surface.size() - 1, surface.get(surface.size() - 1) + word);
            } else {
                surface.add(word);
            }
        }
        joinScores(surface);
        // tagged as the tokenizer gives them, as the tagger learnt them ("Hale's/PROPN+PART"): split first, "'s"
        // is a stray mark to it, and the words after it go wrong ("Nordhavn 's/PUNCT shares/VERB rose/NOUN")
        String[] surfaceTags = tagger.tags(surface.toArray(String[]::new));
        List<String> words = new ArrayList<>();
        List<String> wordTags = new ArrayList<>();
        for (int i = 0; i < surface.size(); i++) {
            String word = surface.get(i);
            String[] parts = surfaceTags[i].split("\\+");
            Matcher clitic = CLITIC.matcher(word);
            if (clitic.matches() && !word.equalsIgnoreCase("can't")) {
                words.add(clitic.group(1));
                wordTags.add(parts.length > 1 ? parts[0] : hostTag(clitic.group(1), parts[0]));
                words.add(clitic.group(2));
                wordTags.add(parts.length > 1 ? parts[1] : "PART");
            } else {
                words.add(word);
                // a word the model reads as two ("its" as "it's": PRON+AUX) is taken as the first
                wordTags.add(parts[0]);
            }
        }
        String[] tags = wordTags.toArray(String[]::new);
        EnglishStemmer stemmer = new EnglishStemmer();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            stemmer.setCurrent(WordForms.base(lower, tags[i]));
            stemmer.stem();
            String tag = words.get(i).matches("\\d+-\\d+") ? "NUM" : tags[i];
            tokens.add(new Token(words.get(i), lower, stemmer.getCurrent(), tag));
        }
        return tokens;
    }
}
