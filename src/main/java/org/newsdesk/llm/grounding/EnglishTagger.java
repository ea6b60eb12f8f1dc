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

    List<Token> tag(String text) {
        List<String> words = new ArrayList<>();
        for (String word : tagger.words(text.replace('’', '\'').replace('‘', '\''))) {
            Matcher clitic = CLITIC.matcher(word);
            if (word.matches("-\\p{L}+") && !words.isEmpty() && words.get(words.size() - 1).matches(".*\\p{L}")) {
                // the tokenizer cuts "Iranian-linked" into "Iranian" and "-linked": one word
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else if (clitic.matches() && !word.equalsIgnoreCase("can't")) {
                words.add(clitic.group(1));
                words.add(clitic.group(2));
            } else {
                words.add(word);
            }
        }
        joinScores(words);
        String[] tags = tagger.tags(words.toArray(String[]::new));
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            // a word the model reads as two ("its" as "it's": PRON+AUX) is taken as the first
            String tag = words.get(i).matches("\\d+-\\d+") ? "NUM" : tags[i].split("\\+")[0];
            tokens.add(new Token(words.get(i), lower, stem(lower, tags[i]), tag));
        }
        return tokens;
    }

    /** A word's stem as the part of speech it is ("rose" as a verb stems as "rise"). */
    static String stem(String lower, String tag) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(WordForms.base(lower, tag));
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
