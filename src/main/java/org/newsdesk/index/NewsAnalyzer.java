package org.newsdesk.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Lucene's English analysis (possessives, lower case, stop words, Porter stemming) with three additions:
 * names of one country, city or institution are made one another's synonyms (the resource
 * {@code index/aliases.txt}, matched with their capitals so "US" is not "us"), British words are written
 * the American way ({@link AmericanSpelling}: "kilometres" as "kilometers"), and nouns made of a verb
 * and its particle also give their parts ({@link ParticleFilter}: "handover" also "hand" and "over"), so
 * a question saying "handover" finds "handed over", "the UK" finds "Britain" and "lorries" finds "trucks".
 */
final class NewsAnalyzer extends Analyzer {

    private static final String ALIASES = "/index/aliases.txt";
    private static final SynonymMap SYNONYMS = loadAliases();

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new SynonymGraphFilter(source, SYNONYMS, false);
        // the index takes a flat stream; terms are read as a bag, so nothing is lost
        stream = new FlattenGraphFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new AmericanSpelling(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new ParticleFilter(stream);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static SynonymMap loadAliases() {
        // the aliases are split into words as written, capitals kept, so that matching is by case
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
        try (InputStream in = NewsAnalyzer.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ALIASES);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ALIASES, e);
        } catch (ParseException e) {
            throw new IllegalStateException(ALIASES + " is malformed at line " + e.getErrorOffset(), e);
        }
    }
}
