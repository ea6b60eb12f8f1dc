package org.newsdesk.llm.grounding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of English text with their part of speech (Universal Dependencies tags: PROPN, NOUN, VERB, AUX,
 * ADP...), from Apache OpenNLP's tokenizer and tagger with its English UD models. The models load once,
 * on first use (about 0.5 s on this project's machine); a tagger is kept per thread, since OpenNLP's
 * taggers are not thread-safe and building one costs milliseconds. Tagging a sentence takes about 1-3 ms.
 * OpenNLP's lemmatizer was measured at 10 ms a sentence, so words are compared by their Snowball stem, irregular
 * forms first taken back to their word ({@link WordForms}: "rose" is compared as "rise").
 */
final class EnglishTagger {

    private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGGER_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The UD tokenizer keeps clitics on their word ("Moscow's", "hasn't"); the grammar needs them apart. */
    private static final Pattern CLITIC = Pattern.compile("(?i)^(\\p{L}+?)(n't|'s)$");

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    private EnglishTagger() {
        TokenizerModel tokens = load(TOKENIZER_MODEL, TokenizerModel::new);
        POSModel tags = load(TAGGER_MODEL, POSModel::new);
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(tags));
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

    List<Token> tag(String text) {
        List<String> words = new ArrayList<>();
        for (String word : tokenizer.get().tokenize(text.replace('’', '\'').replace('‘', '\''))) {
            Matcher clitic = CLITIC.matcher(word);
            if (clitic.matches() && !word.equalsIgnoreCase("can't")) {
                words.add(clitic.group(1));
                words.add(clitic.group(2));
            } else {
                words.add(word);
            }
        }
        String[] tags = tagger.get().tag(words.toArray(String[]::new));
        EnglishStemmer stemmer = new EnglishStemmer();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            stemmer.setCurrent(WordForms.base(lower, tags[i]));
            stemmer.stem();
            tokens.add(new Token(words.get(i), lower, stemmer.getCurrent(), tags[i]));
        }
        return tokens;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = EnglishTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
