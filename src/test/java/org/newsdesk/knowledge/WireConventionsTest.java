package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The metadata conventions of wire copy, each on a small article written for this test
 * (src/test/resources/wire): bylines, datelines with and without dates, and sign-offs of AP,
 * Reuters, AFP and Bloomberg.
 */
class WireConventionsTest {

    private static final Path WIRE = Path.of("src/test/resources/wire");

    private final ArticleParser parser = new ArticleParser();

    private Article parsed(String file) throws IOException, ArticleFormatException {
        return parser.parse(file, Files.readString(WIRE.resolve(file)), "hash");
    }

    @Test
    void should_read_an_ap_byline_with_a_title_line_before_a_dated_dateline() throws Exception {
        // when
        Article article = parsed("2025-10-17-ap-riverton-flood.txt");

        // then
        ArticleMetadata metadata = article.metadata();
        assertThat(metadata.title()).isEqualTo("Flood barriers hold as river crests in riverside town");
        assertThat(metadata.authors()).containsExactly("Marta Kowalczyk", "Derek Osei");
        assertThat(metadata.byline()).isEqualTo("By MARTA KOWALCZYK and DEREK OSEI\nAssociated Press");
        assertThat(metadata.dateline()).isEqualTo("RIVERTON, Ore., Oct. 16 (AP) —");
        assertThat(metadata.place()).isEqualTo("Riverton");
        assertThat(metadata.publisher()).isEqualTo("AP");
        assertThat(metadata.published()).as("the dateline's day, in the file name's year").isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(metadata.signOff()).isEqualTo("Associated Press writer Lena Park in Portland contributed to this report.");
        assertThat(metadata.credits().contributors()).containsExactly("Lena Park");
        assertThat(article.reporting()).startsWith("The Willow River crested")
                .endsWith("at a cost of $14 million.");
    }

    @Test
    void should_read_a_reuters_dateline_with_a_date_and_credits_in_parentheses() throws Exception {
        // when
        Article article = parsed("2024-03-04-reuters-grain-corridor.txt");

        // then
        ArticleMetadata metadata = article.metadata();
        assertThat(metadata.dateline()).isEqualTo("GENEVA, March 3 (Reuters) -");
        assertThat(metadata.place()).isEqualTo("Geneva");
        assertThat(metadata.publisher()).isEqualTo("Reuters");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(metadata.authors()).as("reporters and writers, not editors or additional reporting")
                .containsExactly("Hannah Velde", "Ruth Abara");
        assertThat(metadata.credits().editors()).containsExactly("Colm Fitzgerald");
        assertThat(metadata.credits().contributors()).containsExactly("Tomasz Brandt");
        assertThat(metadata.signOff()).startsWith("(Reporting by Hannah Velde;").endsWith("Editing by Colm Fitzgerald)");
        assertThat(article.reporting()).endsWith("since it opened last year.");
    }

    @Test
    void should_take_reuters_as_the_publisher_from_bare_credits() throws Exception {
        // when
        Article article = parsed("central-bank-holds-rates.txt");

        // then
        assertThat(article.metadata().publisher()).isEqualTo("Reuters");
        assertThat(article.metadata().authors()).containsExactly("Sam Whitfield");
        assertThat(article.metadata().signOff()).isEqualTo("Reporting by Sam Whitfield in London; Editing by Joan Marsh");
        assertThat(article.metadata().published()).as("no date anywhere: none is invented").isNull();
        assertThat(article.reporting()).endsWith("voted for a cut.");
    }

    @Test
    void should_read_an_afp_dateline_in_ordinary_case_and_a_copyright_line() throws Exception {
        // when
        Article article = parsed("2025-06-02-afp-paris-museum.txt");

        // then
        assertThat(article.metadata().dateline()).isEqualTo("Paris (AFP) -");
        assertThat(article.metadata().place()).isEqualTo("Paris");
        assertThat(article.metadata().publisher()).isEqualTo("AFP");
        assertThat(article.metadata().signOff()).isEqualTo("© Agence France-Presse");
        assertThat(article.reporting()).startsWith("A museum of printing").endsWith("type cases and posters.");
    }

    @Test
    void should_read_a_bloomberg_dateline_without_a_place_and_its_contact_lines() throws Exception {
        // when
        Article article = parsed("2025-05-20-bloomberg-chipmaker.txt");

        // then
        assertThat(article.metadata().dateline()).isEqualTo("(Bloomberg) --");
        assertThat(article.metadata().place()).isEmpty();
        assertThat(article.metadata().publisher()).isEqualTo("Bloomberg");
        assertThat(article.metadata().signOff()).startsWith("--With assistance from Priya Nair.")
                .endsWith("Ann Cole at acole@bloomberg.net");
        assertThat(article.metadata().credits().contributors()).containsExactly("Priya Nair");
        assertThat(article.reporting()).endsWith("about 31 billion euros.");
    }

    @Test
    void should_take_bloomberg_from_a_reporting_credit_that_names_it() throws Exception {
        // when
        Article article = parsed("2025-08-14-bloomberg-reporting-by.txt");

        // then
        assertThat(article.metadata().publisher()).isEqualTo("Bloomberg");
        assertThat(article.metadata().authors()).containsExactly("Mei Tanaka");
        assertThat(article.reporting()).endsWith("remained weak.");
    }

    @Test
    void should_read_a_one_line_byline_with_its_agency_and_an_ap_copyright() throws Exception {
        // when
        Article article = parsed("2025-04-09-ap-harbor-bridge.txt");

        // then
        assertThat(article.metadata().byline()).isEqualTo("By JANE ODUYA, Associated Press");
        assertThat(article.metadata().authors()).containsExactly("Jane Oduya");
        assertThat(article.metadata().dateline()).isEqualTo("HALIFAX, Nova Scotia (AP) —");
        assertThat(article.metadata().place()).isEqualTo("Halifax");
        assertThat(article.metadata().publisher()).isEqualTo("AP");
        assertThat(article.metadata().signOff()).startsWith("Copyright 2025 The Associated Press.");
        assertThat(article.title()).startsWith("Engineers closed a harbor bridge");
    }

    @Test
    void should_give_a_dateline_day_the_year_nearest_the_file_date() throws Exception {
        // when
        Article article = parsed("2026-01-02-reuters-year-end.txt");

        // then
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(article.metadata().authors()).containsExactly("Kenji Mori");
    }

    @Test
    void should_leave_a_dateline_day_without_a_known_year_undated() throws Exception {
        // when
        Article article = parsed("no-date-reuters.txt");

        // then
        assertThat(article.metadata().published()).isNull();
        assertThat(article.metadata().dateline()).isEqualTo("OSLO, Feb. 12 (Reuters) -");
        assertThat(article.metadata().publisher()).isEqualTo("Reuters");
    }

    @Test
    void should_take_the_year_of_a_dateline_day_from_the_front_matter_date() throws Exception {
        // given
        String content = "---\npublished: 2023-02-13\n---\nOSLO, Feb. 12 (Reuters) - The fund reported a return.\n";

        // when
        Article article = parser.parse("fund.txt", content, "h");

        // then
        assertThat(article.metadata().published()).as("front matter states the date").isEqualTo(LocalDate.of(2023, 2, 13));
        assertThat(article.metadata().dateline()).isEqualTo("OSLO, Feb. 12 (Reuters) -");
    }

    @Test
    void should_read_an_afp_sign_off_in_parentheses_and_after_a_dash() throws Exception {
        // when
        Article inParentheses = parser.parse("a.txt", "Talks resumed in Vienna on Friday. (AFP)", "h");
        Article afterDash = parser.parse("b.txt", "Talks resumed in Vienna on Friday.\n\n– AFP\n", "h");

        // then
        assertThat(inParentheses.metadata().publisher()).isEqualTo("AFP");
        assertThat(inParentheses.reporting()).isEqualTo("Talks resumed in Vienna on Friday.");
        assertThat(afterDash.metadata().publisher()).isEqualTo("AFP");
        assertThat(afterDash.metadata().signOff()).isEqualTo("– AFP");
    }

    @Test
    void should_read_front_matter_authors() throws Exception {
        // given
        String one = "---\nauthor: Jane Doe\n---\nText of the report.";
        String many = "---\nauthors: [Jane Doe, John Roe]\n---\nBy Someone Else\n\nText of the report.";

        // then
        assertThat(parser.parse("a.md", one, "h").metadata().authors()).containsExactly("Jane Doe");
        assertThat(parser.parse("b.md", many, "h").metadata().authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void should_read_a_local_papers_byline_with_a_lower_case_title() throws Exception {
        // given
        String content = """
                Riverside pool to reopen in March

                By Dana Whitlock, Gazette staff writer

                The Riverside pool will reopen on 1 March, the parks department said on Tuesday.
                """;

        // when
        Article article = parser.parse("2025-10-08-pool.txt", content, "h");

        // then
        assertThat(article.metadata().byline()).isEqualTo("By Dana Whitlock, Gazette staff writer");
        assertThat(article.metadata().authors()).containsExactly("Dana Whitlock");
        assertThat(article.reporting()).startsWith("The Riverside pool will reopen");
    }

    @Test
    void should_not_mistake_ordinary_sentences_for_bylines_or_sign_offs() throws Exception {
        // given
        String content = """
                By Monday, officials had agreed to reopen the border crossing.

                Editing by the committee took months.
                """;
        String court = "The warrant was issued by the International Criminal Court (ICC).";
        String name = "The commissioner is Maria Lvova-Belova.";

        // when
        Article article = parser.parse("a.txt", content, "h");

        // then
        assertThat(article.metadata().byline()).isEmpty();
        assertThat(article.metadata().signOff()).isEmpty();
        assertThat(article.metadata().publisher()).isEmpty();
        assertThat(article.reporting()).startsWith("By Monday").endsWith("took months.");
        assertThat(parser.parse("b.txt", court, "h").metadata().publisher()).isEmpty();
        assertThat(parser.parse("c.txt", name, "h").reporting()).isEqualTo(name);
    }
}
