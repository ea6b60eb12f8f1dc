package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {

    private final NewsAnalyzer analyzer = new NewsAnalyzer();

    @Test
    void should_give_the_names_of_one_country_the_same_terms() {
        assertThat(terms("the UK said")).contains("britain", "uk");
        assertThat(terms("Britain said")).contains("uk");
        assertThat(terms("the United Kingdom")).contains("britain", "uk");
        assertThat(terms("ambulances for Kiev")).contains("kyiv");
        assertThat(terms("the International Criminal Court")).contains("icc");
    }

    @Test
    void should_match_aliases_with_their_capitals_only() {
        assertThat(terms("they told us")).doesNotContain("america", "unit");
        assertThat(terms("who said it")).doesNotContain("health");
    }

    @Test
    void should_share_terms_between_a_handover_and_things_handed_over() {
        assertThat(terms("the handover of the keys")).containsAll(terms("handed over"));
        assertThat(terms("a shutdown")).containsAll(terms("was shut down"));
        assertThat(terms("without")).doesNotContain("out");
    }

    @Test
    void should_give_british_and_american_spellings_the_same_terms() {
        assertThat(terms("kilometres from the centre")).isEqualTo(terms("kilometers from the center"));
        assertThat(terms("the neighbourhood's favourite")).isEqualTo(terms("the neighborhood's favorite"));
        assertThat(terms("organised a programme")).isEqualTo(terms("organized a program"));
        assertThat(terms("travelled to analyse the tumours")).isEqualTo(terms("traveled to analyze the tumors"));
        assertThat(terms("two lorry drivers")).isEqualTo(terms("two truck drivers"));
        assertThat(terms("a seven-storey block")).isEqualTo(terms("a seven-story block"));
        assertThat(terms("paediatric ward")).isEqualTo(terms("pediatric ward"));
    }

    @Test
    void should_leave_words_in_ise_that_american_english_writes_so_and_words_in_our_that_are_no_variant() {
        assertThat(terms("promised to advertise")).doesNotContain("promiz", "advertiz");
        assertThat(terms("four hours of the tour")).contains("four", "hour", "tour");
        assertThat(terms("filled the file")).doesNotContain("fil");
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
