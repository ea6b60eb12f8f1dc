package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void should_infer_date_place_and_publisher_from_the_seed_article() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/golden/articles/000_95d0fd15a34da5df.txt"));

        Article article = parser.parse("seed.txt", seed, "hash");

        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(article.metadata().place()).isEqualTo("Washington");
        assertThat(article.metadata().publisher()).isEqualTo("AFP");
        assertThat(article.reporting()).startsWith("US First Lady Melania Trump announced")
                .endsWith("joint appearance with Princess Catherine.");
        assertThat(article.title()).startsWith("US First Lady Melania Trump announced").hasSizeLessThanOrEqualTo(111);
    }

    @Test
    void should_read_yaml_front_matter_with_curated_facts() throws Exception {
        String content = """
                ---
                title: Floods hit the coast
                publisher: Reuters
                published: 2024-03-02
                place: Lisbon
                url: https://example.org/floods
                facts:
                  - fact: Two towns were evacuated.
                    quote: "Two towns were evacuated on Friday."
                ---
                Heavy rain fell for three days. Two towns were evacuated on Friday.
                """;

        Article article = parser.parse("floods.md", content, "hash");

        assertThat(article.metadata()).isEqualTo(new ArticleMetadata("Floods hit the coast", "Reuters",
                LocalDate.of(2024, 3, 2), "Lisbon", "https://example.org/floods", Credits.NONE, "", "", "", List.of()));
        assertThat(article.facts()).containsExactly(new CuratedFact("Two towns were evacuated.",
                "Two towns were evacuated on Friday."));
        assertThat(article.reporting()).isEqualTo("Heavy rain fell for three days. Two towns were evacuated on Friday.");
    }

    /** An article whose headline is a line of its own, above an agency dateline, filed under the day's date. */
    private static final String SWAP =
            "Prisoners swapped at the border\n\nKYIV, Ukraine (AP) — Both sides freed 90 prisoners.\n";

    /** Articles that give a title, and the reporting left without it. */
    static Stream<Arguments> titledArticles() {
        return Stream.of(
                arguments("json front matter", "talks.txt",
                        "{\"title\": \"Talks resume\", \"published\": \"2024-05-01\"}\nTalks resumed in Geneva.",
                        "Talks resume", "Talks resumed in Geneva."),
                arguments("a headline line", "2024-06-01-swap.txt", SWAP,
                        "Prisoners swapped at the border", "Both sides freed 90 prisoners."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titledArticles")
    void should_read_the_title_apart_from_the_reporting(String what, String file, String content, String title,
            String reporting) throws Exception {
        Article article = parser.parse(file, content, "hash");

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.reporting()).isEqualTo(reporting);
    }

    @Test
    void should_take_place_and_publisher_from_an_agency_dateline_and_the_date_from_the_file_name() throws Exception {
        ArticleMetadata metadata = parser.parse("2024-06-01-swap.txt", SWAP, "hash").metadata();

        assertThat(metadata.place()).isEqualTo("Kyiv");
        assertThat(metadata.publisher()).isEqualTo("AP");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void should_reject_a_fact_whose_quote_is_not_in_the_article() {
        String content = """
                ---
                facts:
                  - fact: Ten towns were evacuated.
                    quote: "Ten towns were evacuated."
                ---
                Two towns were evacuated on Friday.
                """;

        assertThatThrownBy(() -> parser.parse("floods.md", content, "hash"))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("fact 1").hasMessageContaining("not in the article");
    }

    @Test
    void should_reject_unknown_fields_and_bad_dates_with_a_clear_reason() {
        assertThatThrownBy(() -> parser.parse("a.md", "---\ntittle: Oops\n---\nText.", "h"))
                .hasMessageContaining("unknown field 'tittle'");
        assertThatThrownBy(() -> parser.parse("a.md", "---\npublished: yesterday\n---\nText.", "h"))
                .hasMessageContaining("not a date of the form YYYY-MM-DD");
    }

    @Test
    void should_reject_an_article_without_text() {
        assertThatThrownBy(() -> parser.parse("a.md", "---\ntitle: Only a title\n---\n   \n", "h"))
                .hasMessageContaining("no text");
    }
}
