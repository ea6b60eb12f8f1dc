package org.newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The words of an English sentence with their part of speech (Universal Dependencies tags: PROPN, NOUN,
 * NUM, VERB, ADP...), from Apache OpenNLP's tokenizer and tagger with their English UD-EWT models: the one
 * place that loads them, for drawn quick facts and the LLM mode's claim check alike. The models load once,
 * on first use (0.5 s on an idle machine, 1.6 s at load average 20); a tokenizer and tagger are kept per
 * thread, since OpenNLP's are not thread-safe. Tagging a sentence takes 1-5 ms.
 */
public final class PartOfSpeechTagger {

    /**
     * A word of the sentence.
     *
     * @param text  as written
     * @param start where it starts in the sentence
     * @param end   where it ends
     * @param tag   its Universal Dependencies part of speech
     */
    public record Token(String text, int start, int end, String tag) {

        public boolean is(String... tags) {
            for (String candidate : tags) {
                if (tag.equals(candidate)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGGER_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    private PartOfSpeechTagger() {
        TokenizerModel tokens = load(TOKENIZER_MODEL, TokenizerModel::new);
        POSModel tags = load(TAGGER_MODEL, POSModel::new);
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(tags));
    }

    private static final class Shared {
        static final PartOfSpeechTagger INSTANCE = new PartOfSpeechTagger();
    }

    public static PartOfSpeechTagger shared() {
        return Shared.INSTANCE;
    }

    /** Loads the models now rather than on first use. */
    public static void preload() {
        shared();
    }

    /** The tokenizer's words of a text as the model splits them ("Moscow's" stays one word). */
    public String[] words(String text) {
        return tokenizer.get().tokenize(text);
    }

    /** The part of speech of each word, in order. */
    public String[] tags(String[] words) {
        return tagger.get().tag(words);
    }

    /** The sentence's words in order, each with its offsets in {@code sentence}. */
    public List<Token> tag(String sentence) {
        // the models learnt straight apostrophes; the replacement keeps every offset
        String text = sentence.replace('’', '\'').replace('‘', '\'');
        Span[] spans = separated(tokenizer.get().tokenizePos(text), text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tagger.get().tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(sentence.substring(spans[i].getStart(), spans[i].getEnd()), spans[i].getStart(),
                    spans[i].getEnd(), tags[i]));
        }
        return tokens;
    }

    /**
     * The UD tokenizer leaves a hyphen on the second half of a hyphenated name ("Marie", "-Claire") and the
     * full stop on a sentence's last word ("Kyiv."); both come apart here, as other tokenizers have them.
     */
    private static Span[] separated(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            String word = text.substring(span.getStart(), span.getEnd());
            if (word.length() > 1 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1))) {
                out.add(new Span(span.getStart(), span.getStart() + 1));
                span = new Span(span.getStart() + 1, span.getEnd());
                word = word.substring(1);
            }
            boolean finalStop = i == spans.length - 1 && word.length() > 1 && word.endsWith(".")
                    && word.indexOf('.') == word.length() - 1;
            if (finalStop) {
                out.add(new Span(span.getStart(), span.getEnd() - 1));
                out.add(new Span(span.getEnd() - 1, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(Span[]::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
