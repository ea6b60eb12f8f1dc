package org.newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsdesk.knowledge.Article;

/**
 * BM25 over the passages (Lucene, English stemming and stop words, aliases: {@link NewsAnalyzer}), in memory, built once per snapshot
 * and read-only afterwards. The sentence is the main field; the article title is a weak second field
 * so that articles about the subject of a question rank above others.
 */
public final class LexicalIndex {

    /** A passage and its BM25 score. */
    public record Hit(int passage, float score) {
    }

    private static final String TEXT = "text";
    private static final String TITLE = "title";
    /**
     * The article's publisher, which a question may name ("What mean wind speeds does Met Éireann expect?") where only
     * the masthead does: it makes the name known, and is not searched.
     */
    private static final String PUBLISHER = "publisher";
    private static final String PASSAGE = "passage";
    /** Weight of the title field: enough to break ties between articles, too little to outrank the sentence. */
    private static final float TITLE_BOOST = 0.3f;
    private static final int MAX_QUERY_TERMS = 64;

    private final Analyzer analyzer = new NewsAnalyzer();
    private final IndexSearcher searcher;
    private final int documents;
    /** The terms of each passage with its contexts, by passage index: what coverage is measured on. */
    private final List<Set<String>> passageTerms;
    /** The terms of each article's title, dateline place, publisher and passages, by document. */
    private final Map<String, Set<String>> articleTerms;

    public LexicalIndex(List<Passage> passages) {
        List<Set<String>> own = new ArrayList<>(passages.size());
        Map<String, Set<String>> perArticle = new HashMap<>();
        for (Passage passage : passages) {
            Set<String> terms = new HashSet<>(allTerms(passage.text()));
            passage.contexts().forEach(context -> terms.addAll(allTerms(context)));
            own.add(Set.copyOf(terms));
            perArticle.computeIfAbsent(passage.document(), d -> articleOwnTerms(passage.article())).addAll(terms);
        }
        perArticle.replaceAll((document, terms) -> Set.copyOf(terms));
        this.passageTerms = List.copyOf(own);
        this.articleTerms = Map.copyOf(perArticle);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Passage passage : passages) {
                Document document = new Document();
                document.add(new TextField(TEXT, passage.text(), Field.Store.NO));
                document.add(new TextField(TITLE, passage.article().title(), Field.Store.NO));
                document.add(new TextField(PUBLISHER, passage.article().metadata().publisher(), Field.Store.NO));
                document.add(new StoredField(PASSAGE, passage.index()));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            documents = passages.size();
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory lexical index failed", e);
        }
    }

    /**
     * The terms of what an article says outside its sentences: its title, and the place of its dateline,
     * which the sentences seldom repeat ("GENEVA, March 3 (Reuters) -" is where the talks are).
     */
    private Set<String> articleOwnTerms(Article article) {
        Set<String> terms = new HashSet<>(allTerms(article.title()));
        terms.addAll(allTerms(article.metadata().place()));
        terms.addAll(allTerms(article.metadata().publisher()));
        return terms;
    }

    public List<Hit> search(String text, int limit) {
        Set<String> terms = terms(text);
        if (terms.isEmpty() || documents == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                int passage = searcher.storedFields().document(hit.doc).getField(PASSAGE).numericValue().intValue();
                hits.add(new Hit(passage, hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    /** The distinct index terms of a query: lower-cased, stemmed, stop words removed; at most 64. */
    public Set<String> terms(String text) {
        return terms(text, MAX_QUERY_TERMS);
    }

    /**
     * The terms of a text's words as written, aliases included, without the parts of a verb-and-particle
     * noun: "takeover" is its own term, not also "take" and "over", which any report holds somewhere.
     */
    public Set<String> wordTerms(String text) {
        return termsOf(analyzer, text, MAX_QUERY_TERMS, false);
    }

    /** The terms of a passage (with its contexts), as {@link #terms} makes them. */
    public Set<String> passageTerms(int passage) {
        return passageTerms.get(passage);
    }

    /** The terms of an article's title, place, publisher and sentences, as {@link #terms} makes them; empty for an unknown one. */
    public Set<String> articleTerms(String document) {
        return articleTerms.getOrDefault(document, Set.of());
    }

    /**
     * An article's distinct terms as ids in ascending order, each with its weight (its {@link #idf}), and the weights'
     * sum: what two articles share can be read by merging two short arrays.
     */
    public record WeightedTerms(int[] ids, double[] weights, double total) {
    }

    /** Every article's weighted terms, built together the first time one is asked for, then kept with the index. */
    private volatile Map<String, WeightedTerms> weightedTerms;

    /** An article's terms with their weights; none for an article the index does not hold. */
    public WeightedTerms weightedTerms(String document) {
        Map<String, WeightedTerms> table = weightedTerms;
        if (table == null) {
            synchronized (this) {
                if (weightedTerms == null) {
                    weightedTerms = weighAllTerms();
                }
                table = weightedTerms;
            }
        }
        return table.getOrDefault(document, new WeightedTerms(new int[0], new double[0], 0));
    }

    private Map<String, WeightedTerms> weighAllTerms() {
        Map<String, Integer> ids = new HashMap<>();
        List<Double> weightById = new ArrayList<>();
        Map<String, WeightedTerms> table = new HashMap<>();
        articleTerms.forEach((document, terms) -> {
            int[] termIds = terms.stream().mapToInt(term -> ids.computeIfAbsent(term, key -> {
                weightById.add(idf(key));
                return weightById.size() - 1;
            })).sorted().toArray();
            double[] weights = new double[termIds.length];
            double total = 0;
            for (int i = 0; i < termIds.length; i++) {
                weights[i] = weightById.get(termIds[i]);
                total += weights[i];
            }
            table.put(document, new WeightedTerms(termIds, weights, total));
        });
        return Map.copyOf(table);
    }

    private Set<String> allTerms(String text) {
        return terms(text, Integer.MAX_VALUE);
    }

    private Set<String> terms(String text, int limit) {
        return termsOf(analyzer, text, limit);
    }

    /** The distinct terms an analyzer makes of a text, in order, at most {@code limit}. */
    static Set<String> termsOf(Analyzer analyzer, String text, int limit) {
        return termsOf(analyzer, text, limit, true);
    }

    private static Set<String> termsOf(Analyzer analyzer, String text, int limit, boolean withParts) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < limit) {
                if (withParts || !ParticleFilter.PART.equals(type.type())) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return terms;
    }

    /** How many passages contain the term, in the sentence or the title or publisher of their article. */
    public int passagesWith(String term) {
        try {
            return Math.max(Math.max(searcher.getIndexReader().docFreq(new Term(TEXT, term)),
                    searcher.getIndexReader().docFreq(new Term(TITLE, term))),
                    searcher.getIndexReader().docFreq(new Term(PUBLISHER, term)));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory lookup failed", e);
        }
    }

    /** Whether any sentence, title or publisher has a term that starts with the given prefix. */
    public boolean hasTermStartingWith(String prefix) {
        try {
            for (String field : new String[] {TEXT, TITLE, PUBLISHER}) {
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                BytesRef start = new BytesRef(prefix);
                if (iterator.seekCeil(start) != TermsEnum.SeekStatus.END
                        && StringHelper.startsWith(iterator.term(), start)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory lookup failed", e);
        }
    }

    /**
     * Whether the terms hold a term or one of its word family ({@link WordFamilies}): "drive" is held by
     * a sentence's "drivers".
     */
    public static boolean holds(Set<String> terms, String term) {
        return terms.contains(term) || WordFamilies.relativesOf(term).stream().anyMatch(terms::contains);
    }

    /** Inverse document frequency of a term among sentences, as BM25 computes it. */
    public double idf(String term) {
        int frequency;
        try {
            frequency = searcher.getIndexReader().docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory lookup failed", e);
        }
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }
}
