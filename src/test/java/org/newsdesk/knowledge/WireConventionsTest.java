package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** The names in a table cell, separated by commas; an empty cell names none. */
    private static List<String> names(String cell) {
        return cell == null ? List.of() : List.of(cell.split(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-17-ap-riverton-flood.txt      | RIVERTON, Ore., Oct. 16 (AP) — | Riverton | AP
            2024-03-04-reuters-grain-corridor.txt | GENEVA, March 3 (Reuters) -    | Geneva   | Reuters
            2026-01-02-reuters-year-end.txt       | TOKYO, Dec 31 (Reuters) -      | Tokyo    | Reuters
            no-date-reuters.txt                   | OSLO, Feb. 12 (Reuters) -      | Oslo     | Reuters
            2025-06-02-afp-paris-museum.txt       | Paris (AFP) -                  | Paris    | AFP
            2025-05-12-afp-tarragona-port-fire.txt | Tarragona (Spain) (AFP) -     | Tarragona | AFP
            2025-07-03-pti-kochi-metro-fares.txt  | Kochi, Jul 3 (PTI)            | Kochi    | PTI
            2025-11-04-agerpres-brasov-cable-car.txt | 'Brașov, Nov 4 /AGERPRES/ -' | Brașov | Agerpres
            2025-04-09-ap-harbor-bridge.txt       | HALIFAX, Nova Scotia (AP) —    | Halifax  | AP
            2025-05-20-bloomberg-chipmaker.txt    | (Bloomberg) --                 | ''       | Bloomberg
            bloomberg-timestamped.txt             | (Bloomberg) --                 | ''       | Bloomberg
            2025-03-04-efe-valencia-rain.txt      | VALENCIA, 3 Mar (EFE).-        | Valencia | EFE
            2025-06-20-efe-faro-lifeguards.txt    | Faro (Portugal), Jun 20 (EFE).- | Faro    | EFE
            2025-03-15-upi-warehouse-fire.txt     | March 14 (UPI) --              | ''       | UPI
            central-bank-holds-rates.txt          | ''                             | ''       | Reuters
            2025-08-14-bloomberg-reporting-by.txt | ''                             | ''       | Bloomberg
            """)
    void should_take_the_publisher_from_the_dateline_in_capitals_or_ordinary_case_or_else_from_the_credits(
            String file, String dateline, String place, String publisher) throws Exception {
        ArticleMetadata metadata = parsed(file).metadata();

        assertThat(metadata.dateline()).isEqualTo(dateline);
        assertThat(metadata.place()).isEqualTo(place);
        assertThat(metadata.publisher()).isEqualTo(publisher);
    }

    /**
     * Web copy prints the site's name above the headline: it is the publisher, and the headline is the line after it;
     * a lower-case byline and a weekday's date stamp followed by an "Updated" one come before the dateline. A short
     * headline above a longer deck, a kicker in capitals above the headline, or a press release's "For immediate
     * release", is no site's name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-03-kvtl-ridgefield-sinkhole.txt | Cascade Valley 7 News | Sinkhole swallows two parked cars on Ridgefield's Main Street | Ridgefield | 2025-02-03 | Dana Whitlock
            harbour-radio-ferry-fares-brief.txt     | Harbour Radio News    | Island ferry fares to rise by 8 percent                         | ''         |            |
            2025-04-11-port-authority-deck.txt      | ''                    | Dredging begins                                                 | ''         | 2025-04-11 |
            2025-04-14-reuters-kicker-analysis.txt  | Reuters               | Why the central bank kept rates on hold                         | Frankfurt  | 2025-04-14 |
            2025-05-06-harbour-trust-press-release.txt | ''                 | Harbour trust opens new visitor centre at the old customs house | ''         | 2025-05-06 |
            2025-05-07-lakeside-college-news-release.txt | ''               | Lakeside College to offer free evening courses for carers       | ''         | 2025-05-07 |
            """)
    void should_read_the_site_name_above_a_web_pages_headline_as_its_publisher(String file, String publisher,
            String title, String place, String published, String authors) throws Exception {
        ArticleMetadata metadata = parsed(file).metadata();

        assertThat(metadata.publisher()).isEqualTo(publisher);
        assertThat(metadata.title()).isEqualTo(title);
        assertThat(metadata.place()).isEqualTo(place);
        assertThat(metadata.published()).isEqualTo(published == null ? null : java.time.LocalDate.parse(published));
        assertThat(metadata.authors()).isEqualTo(names(authors));
    }

    /** Authors are reporters and writers, from the byline or the credits; not editors or additional reporting. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-17-ap-riverton-flood.txt      | Marta Kowalczyk, Derek Osei | Lena Park     |
            2024-03-04-reuters-grain-corridor.txt | Hannah Velde, Ruth Abara    | Tomasz Brandt | Colm Fitzgerald
            2026-01-02-reuters-year-end.txt       | Kenji Mori                  |               | Alan Reed
            no-date-reuters.txt                   |                             |               |
            2025-06-02-afp-paris-museum.txt       |                             |               |
            2025-04-09-ap-harbor-bridge.txt       | Jane Oduya                  |               |
            2025-05-20-bloomberg-chipmaker.txt    | Tom Gallo                   | Priya Nair    | Ann Cole
            central-bank-holds-rates.txt          | Sam Whitfield               |               | Joan Marsh
            2025-08-14-bloomberg-reporting-by.txt | Mei Tanaka                  |               |
            """)
    void should_name_the_authors_contributors_and_editors_of_wire_copy(String file, String authors,
            String contributors, String editors) throws Exception {
        ArticleMetadata metadata = parsed(file).metadata();

        assertThat(metadata.authors()).isEqualTo(names(authors));
        assertThat(metadata.credits().contributors()).isEqualTo(names(contributors));
        assertThat(metadata.credits().editors()).isEqualTo(names(editors));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-17-ap-riverton-flood.txt      | 2025-10-16 | the dateline's day, in the file name's year
            2024-03-04-reuters-grain-corridor.txt | 2024-03-03 | the dateline's day
            2026-01-02-reuters-year-end.txt       | 2025-12-31 | the dateline's day, in the year nearest the file date
            no-date-reuters.txt                   |            | a dateline's day without a known year: undated
            2025-06-02-afp-paris-museum.txt       | 2025-06-02 | a dateline without a day: the file name's date
            2025-04-09-ap-harbor-bridge.txt       | 2025-04-09 | a dateline without a day: the file name's date
            2025-05-20-bloomberg-chipmaker.txt    | 2025-05-20 | a dateline without a day: the file name's date
            2025-03-15-upi-warehouse-fire.txt     | 2025-03-14 | a dateline's day without a place
            central-bank-holds-rates.txt          |            | no date anywhere: none is invented
            2025-08-14-bloomberg-reporting-by.txt | 2025-08-14 | no dateline: the file name's date
            bloomberg-timestamped.txt             | 2025-03-04 | the line that stamps the day and time under the byline
            2025-03-04-efe-valencia-rain.txt      | 2025-03-03 | the dateline's day, written before its month
            """)
    void should_date_wire_copy_by_its_dateline_and_file_name(String file, LocalDate published, String why)
            throws Exception {
        assertThat(parsed(file).metadata().published()).as(why).isEqualTo(published);
    }

    /** Wire files and the whole sign-off each ends with: credits, a contributor line, a copyright, contacts. */
    static Stream<Arguments> signOffs() {
        return Stream.of(
                arguments("2025-10-17-ap-riverton-flood.txt",
                        "Associated Press writer Lena Park in Portland contributed to this report."),
                arguments("2024-03-04-reuters-grain-corridor.txt", "(Reporting by Hannah Velde; Additional reporting by "
                        + "Tomasz Brandt in Warsaw; Writing by Ruth Abara; Editing by Colm Fitzgerald)"),
                arguments("2026-01-02-reuters-year-end.txt", "Reporting by Kenji Mori; Editing by Alan Reed"),
                arguments("no-date-reuters.txt", ""),
                arguments("2025-06-02-afp-paris-museum.txt", "© Agence France-Presse"),
                arguments("2025-04-09-ap-harbor-bridge.txt", "Copyright 2025 The Associated Press. All rights reserved."),
                arguments("2025-05-20-bloomberg-chipmaker.txt", """
                        --With assistance from Priya Nair.

                        To contact the reporter on this story:
                        Tom Gallo in Amsterdam at tgallo@bloomberg.net
                        To contact the editors responsible for this story:
                        Ann Cole at acole@bloomberg.net"""),
                arguments("central-bank-holds-rates.txt", "Reporting by Sam Whitfield in London; Editing by Joan Marsh"),
                arguments("2025-08-14-bloomberg-reporting-by.txt", "--Reporting by Mei Tanaka in Tokyo for Bloomberg News."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signOffs")
    void should_read_the_whole_sign_off_of_wire_copy(String file, String signOff) throws Exception {
        assertThat(parsed(file).metadata().signOff()).isEqualTo(signOff);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-17-ap-riverton-flood.txt      | The Willow River crested      | at a cost of $14 million.
            2024-03-04-reuters-grain-corridor.txt | Negotiators from the two      | since it opened last year.
            2026-01-02-reuters-year-end.txt       | Japanese shares ended         | gain in a decade.
            no-date-reuters.txt                   | Norway's wealth fund reported | largest of its kind in the world.
            2025-06-02-afp-paris-museum.txt       | A museum of printing          | type cases and posters.
            2025-04-09-ap-harbor-bridge.txt       | Engineers closed a harbor     | about 40,000 vehicles a day.
            2025-05-20-bloomberg-chipmaker.txt    | Shares of a Dutch chip        | about 31 billion euros.
            central-bank-holds-rates.txt          | The central bank kept         | voted for a cut.
            2025-08-14-bloomberg-reporting-by.txt | Copper prices fell            | remained weak.
            bloomberg-timestamped.txt             | Shares of Danish crane maker  | decline since 2022.
            2025-03-04-efe-valencia-rain.txt      | Heavy rain flooded streets    | north on Tuesday.
            """)
    void should_leave_the_reporting_from_after_the_dateline_to_before_the_sign_off(String file, String first,
            String last) throws Exception {
        assertThat(parsed(file).reporting()).startsWith(first).endsWith(last);
    }

    @Test
    void should_read_a_byline_on_two_lines_below_a_title_line_or_on_one_line_opening_the_story() throws Exception {
        // when
        Article riverton = parsed("2025-10-17-ap-riverton-flood.txt");
        Article harbor = parsed("2025-04-09-ap-harbor-bridge.txt");

        // then
        assertThat(riverton.metadata().byline()).isEqualTo("By MARTA KOWALCZYK and DEREK OSEI\nAssociated Press");
        assertThat(riverton.metadata().title()).isEqualTo("Flood barriers hold as river crests in riverside town");
        assertThat(harbor.metadata().byline()).isEqualTo("By JANE ODUYA, Associated Press");
        assertThat(harbor.title()).startsWith("Engineers closed a harbor bridge");
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
    void should_leave_an_afp_desk_slug_out_of_the_reporting() throws Exception {
        // given: the staff initials AFP closes its copy with, alone on the last line
        String content = "PARIS, June 3, 2025 (AFP) - Talks resumed in Vienna on Friday.\n\nbur/pjm\n";
        String sentence = "Talks resumed in Vienna on Friday.\n\nIt was 3/4 full.\n";

        // when
        Article article = parser.parse("a.txt", content, "h");

        // then
        assertThat(article.reporting()).isEqualTo("Talks resumed in Vienna on Friday.");
        assertThat(article.metadata().signOff()).isEqualTo("bur/pjm");
        assertThat(article.metadata().publisher()).isEqualTo("AFP");
        assertThat(parser.parse("b.txt", sentence, "h").reporting()).endsWith("It was 3/4 full.");
    }

    @Test
    void should_read_an_agency_with_its_desks_initials_as_the_sign_off_and_leave_it_out_of_the_reporting() throws Exception {
        // given: HINA closes its copy with its name and the initials of the staff who handled it
        String content = "Tourists were evacuated from the island on Friday, police said.\n\n(Hina) mk ds\n";
        String unknown = "Tourists were evacuated from the island on Friday.\n\n(Dunno) mk ds\n";

        // when
        Article article = parser.parse("a.txt", content, "h");

        // then
        assertThat(article.reporting()).isEqualTo("Tourists were evacuated from the island on Friday, police said.");
        assertThat(article.metadata().signOff()).isEqualTo("(Hina) mk ds");
        assertThat(article.metadata().publisher()).isEqualTo("HINA");
        assertThat(parser.parse("b.txt", unknown, "h").metadata().signOff()).isEmpty();
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
    void should_read_credits_given_as_labelled_fields_under_the_story() throws Exception {
        // given: a wire's foot with its reporter and editor as fields, and a line of several fields joined by bars
        String wire = """
                Ferry services to the island resumed on Monday after a three-day strike, the operator said.

                Reporter: Lestari Wulandari
                Editor: Bima Kusuma
                Copyright © ANTARA 2025
                """;
        String script = """
                The bridge reopened to traffic at noon.

                Writer: Ana Lopes | Producer: Rui Matos | Video editor: Joana Reis
                """;

        // when
        Article ferry = parser.parse("a.txt", wire, "h");
        Article bridge = parser.parse("b.txt", script, "h");

        // then
        assertThat(ferry.metadata().authors()).containsExactly("Lestari Wulandari");
        assertThat(ferry.metadata().credits().editors()).containsExactly("Bima Kusuma");
        assertThat(ferry.metadata().signOff()).startsWith("Reporter: Lestari Wulandari");
        assertThat(ferry.reporting()).endsWith("the operator said.");
        assertThat(bridge.metadata().authors()).containsExactly("Ana Lopes");
        assertThat(bridge.metadata().credits().contributors()).containsExactly("Rui Matos", "Joana Reis");
        assertThat(bridge.metadata().credits().editors()).isEmpty();
    }

    @Test
    void should_read_jijis_close_set_dashes_and_a_national_agencys_undashed_dateline() throws Exception {
        // given: Jiji sets "--" against the first word; a national agency known by name may write no dash at all
        String jiji = "OSAKA, Feb. 3 (Jiji Press)--A rare white deer was seen in a park on Monday, officials said.\n";
        String nan = "Abuja, June 2, 2025 (NAN) The federal government on Monday opened a new bridge, officials said.\n";

        // when
        ArticleMetadata fromJiji = parser.parse("a.txt", jiji, "h").metadata();
        ArticleMetadata fromNan = parser.parse("b.txt", nan, "h").metadata();

        // then
        assertThat(fromJiji.dateline()).isEqualTo("OSAKA, Feb. 3 (Jiji Press)--");
        assertThat(fromJiji.publisher()).isEqualTo("Jiji");
        assertThat(fromJiji.place()).isEqualTo("Osaka");
        assertThat(fromNan.dateline()).isEqualTo("Abuja, June 2, 2025 (NAN)");
        assertThat(fromNan.publisher()).isEqualTo("NAN");
        assertThat(fromNan.published()).isEqualTo(java.time.LocalDate.of(2025, 6, 2));
    }

    @Test
    void should_take_no_agency_from_an_editors_credit_that_is_not_in_reuters_form() throws Exception {
        // given: "Editing by" is Reuters' form; "Edited by" anyone's
        String edited = "The market reopened on Tuesday after repairs.\n\nEdited by Jane Roe\n";
        String editing = "The market reopened on Tuesday after repairs.\n\n(Editing by Jane Roe)\n";

        // when
        ArticleMetadata anyones = parser.parse("a.txt", edited, "h").metadata();
        ArticleMetadata reuters = parser.parse("b.txt", editing, "h").metadata();

        // then
        assertThat(anyones.publisher()).isEmpty();
        assertThat(anyones.credits().editors()).containsExactly("Jane Roe");
        assertThat(reuters.publisher()).isEqualTo("Reuters");
    }

    @Test
    void should_take_a_reviewers_credit_for_the_byline() throws Exception {
        // when
        ArticleMetadata review = parser.parse("a.txt", """
                A quiet triumph on the Tyne

                Reviewed by Sam Okafor

                The new production at the Quayside theatre runs for two hours without a dull moment.
                """, "h").metadata();

        // then
        assertThat(review.authors()).containsExactly("Sam Okafor");
    }

    @Test
    void should_not_take_a_closing_sentence_with_a_colon_for_labelled_credits() throws Exception {
        // when
        Article article = parser.parse("a.txt", "The council met on Friday.\n\nEditor: the council's minutes were not published.\n", "h");

        // then
        assertThat(article.metadata().credits()).isEqualTo(Credits.NONE);
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

    @Test
    void should_pass_over_a_desks_credit_and_take_no_district_in_parentheses_for_an_agency() throws Exception {
        // given: a regional site's story credited to its web desk, its first paragraph opening with a place and its district
        String content = """
                Kalinga Today | Odisha

                Toll rises to six as divers recover two more bodies

                Updated: Mar 10, 2025, 11:42 IST

                Web Desk

                Satapada (Puri): The death toll in Sunday's boat capsize rose to six on Monday.

                The search went on for four people still missing.
                """;

        // when
        Article article = parser.parse("toll.txt", content, "h");

        // then: the desk is no author and no passage, and the district is no agency
        assertThat(article.metadata().publisher()).isEqualTo("Kalinga Today");
        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.reporting()).startsWith("Satapada (Puri): The death toll");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void should_read_web_bylines_and_a_date_stamp_under_the_headline() throws Exception {
        String piped = "Harbour cranes idle\n\nBy Jane Doe | Reuters\n\nLONDON (Reuters) - Cranes stood idle on Monday.\n";
        String written = "Harbour cranes idle\n\nWritten by Jane Doe\nPublished 4 March 2025\n\nCranes stood idle on Monday.\n";
        String stamped = "Harbour cranes idle\nUpdated: 2025-03-04 10:42 GMT\n\nBy Jane Doe\n\nCranes stood idle on Monday.\n";
        String dashed = "Harbour cranes idle\n\nTuesday 4 March 2025 - 10:42 GMT\n\nLONDON (AFP) - Cranes stood idle on Monday.\n";

        ArticleMetadata pipedByline = parser.parse("a.txt", piped, "h").metadata();
        Article writtenBy = parser.parse("b.txt", written, "h");
        Article stampedUnderHeadline = parser.parse("c.txt", stamped, "h");

        assertThat(pipedByline.authors()).containsExactly("Jane Doe");
        assertThat(pipedByline.publisher()).isEqualTo("Reuters");
        assertThat(writtenBy.metadata().authors()).containsExactly("Jane Doe");
        assertThat(writtenBy.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(writtenBy.reporting()).isEqualTo("Cranes stood idle on Monday.");
        assertThat(stampedUnderHeadline.metadata().title()).isEqualTo("Harbour cranes idle");
        assertThat(stampedUnderHeadline.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(stampedUnderHeadline.metadata().authors()).containsExactly("Jane Doe");
        // a time set off from the day by a dash, and the dateline under it read as one
        ArticleMetadata dashedStamp = parser.parse("d.txt", dashed, "h").metadata();
        assertThat(dashedStamp.publisher()).isEqualTo("AFP");
        assertThat(dashedStamp.place()).isEqualTo("London");
        assertThat(dashedStamp.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void should_read_the_work_named_before_by_as_a_byline_and_names_in_capitals_with_their_particles() throws Exception {
        String interview = "Gliders back in fashion\n\nInterview by Lena Brandt\n3 June 2025\n\nWe asked the club's chair why.\n";
        String live = "Kos ferry sinking - as it happened\n\nLive coverage by Tomas Reyes and Ana Petrou\n\n"
                + "The ferry sank off Kos on Sunday.\n";
        String agency = "Ferry sinks off Kos\n\nBy MARIA DE LA CRUZ\n\nKOS, Greece (AP) — A ferry sank on Sunday.\n\n"
                + "Associated Press writer Nikos Pappas in Athens, Greece, contributed to this report.\n";

        Article interviewed = parser.parse("a.txt", interview, "h");
        ArticleMetadata liveBlog = parser.parse("b.txt", live, "h").metadata();
        ArticleMetadata wire = parser.parse("c.txt", agency, "h").metadata();

        assertThat(interviewed.metadata().authors()).containsExactly("Lena Brandt");
        assertThat(interviewed.metadata().published()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(interviewed.reporting()).isEqualTo("We asked the club's chair why.");
        assertThat(liveBlog.authors()).containsExactly("Tomas Reyes", "Ana Petrou");
        assertThat(wire.authors()).containsExactly("Maria De La Cruz");
        assertThat(wire.credits().contributors()).containsExactly("Nikos Pappas");
    }

    @Test
    void should_read_a_dateline_of_two_cities() throws Exception {
        String content = "Ferry firms merge\n\nOSLO/KIEL, May 6 (Reuters) - Two ferry operators agreed to merge on Tuesday.\n";

        ArticleMetadata metadata = parser.parse("2025-05-06-ferries.txt", content, "h").metadata();

        assertThat(metadata.place()).isEqualTo("Oslo/Kiel");
        assertThat(metadata.publisher()).isEqualTo("Reuters");
        assertThat(metadata.dateline()).isEqualTo("OSLO/KIEL, May 6 (Reuters) -");
    }

    @Test
    void should_not_take_a_sentence_that_opens_with_a_date_for_a_date_stamp() throws Exception {
        String content = "March 4, 2025 at 9:15 a.m. was when the first crane failed, the company said.";

        Article article = parser.parse("d.txt", content, "h");

        assertThat(article.metadata().published()).isNull();
        assertThat(article.reporting()).isEqualTo(content);
    }

    @Test
    void should_leave_the_marks_that_end_a_story_and_a_first_published_line_out_of_the_reporting() throws Exception {
        String yonhap = "Map returns to S. Korea after 140 years in U.S.\n\nBy Kim Hyun-soo\n\n"
                + "SEOUL, Aug. 19 (Yonhap) -- A map came home on Tuesday.\n\nIt will go on show in October.\n\n(END)\n";
        String xinhua = "OTTAWA, Nov. 5 (Xinhua) -- All workers were brought up.\n\nThe mine will stay shut. Enditem\n";
        String canadianPress = "ROCANVILLE, Sask. — Miners waited out a fire on Monday.\n\n"
                + "This report by The Canadian Press was first published Nov. 3, 2025.\n";
        String ended = "The council will vote in May.\n\n-30-\n";

        Article fromYonhap = parser.parse("a.txt", yonhap, "h");
        Article fromXinhua = parser.parse("b.txt", xinhua, "h");
        Article fromCanadianPress = parser.parse("c.txt", canadianPress, "h");

        // a headline may end with an abbreviation's full stop and still stand above the byline and dateline
        assertThat(fromYonhap.metadata().title()).isEqualTo("Map returns to S. Korea after 140 years in U.S.");
        assertThat(fromYonhap.metadata().authors()).containsExactly("Kim Hyun-soo");
        assertThat(fromYonhap.metadata().publisher()).isEqualTo("Yonhap");
        assertThat(fromYonhap.reporting()).startsWith("A map came home").endsWith("go on show in October.");
        assertThat(fromXinhua.reporting()).endsWith("The mine will stay shut.");
        assertThat(fromXinhua.metadata().signOff()).isEqualTo("Enditem");
        assertThat(fromCanadianPress.reporting()).isEqualTo("Miners waited out a fire on Monday.");
        assertThat(fromCanadianPress.metadata().publisher()).isEqualTo("The Canadian Press");
        assertThat(parser.parse("d.txt", ended, "h").reporting()).isEqualTo("The council will vote in May.");
        assertThat(parser.parse("e.txt", "The vote ended.\n\nThe report was first published in May.\n", "h").reporting())
                .endsWith("first published in May.");
    }
}
