package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The opening lines of web pages, magazines, releases and results services, each written for this test: the
 * headline is the title, the outlet above it (or the body issuing a release) the publisher, never a section,
 * breadcrumb or competition; a byline or a bare name over a date stamp names the authors, under the headline or
 * under a standfirst, which stays in the reporting.
 */
class HeaderFormsTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parsed(String file, String content) throws ArticleFormatException {
        return parser.parse(file, content, "hash");
    }

    @Test
    void should_read_a_masthead_over_a_section_a_quoted_headline_a_standfirst_and_a_bare_name_over_a_stamp()
            throws Exception {
        String content = """
                The Dales Observer
                The big read

                'We open the door and hope': a season with the valley's last mobile library

                Two drivers, one van and 4,000 books keep a lending service alive across forty villages. The council wants to know if it is worth the diesel

                Tom Harland
                Sun 9 Mar 2025 08.30 GMT

                The van pulls into the square at Kettlewick just after ten, and Margaret is already waiting.
                """;

        Article article = parsed("dales.txt", content);

        assertThat(article.metadata().title())
                .isEqualTo("'We open the door and hope': a season with the valley's last mobile library");
        assertThat(article.metadata().publisher()).isEqualTo("The Dales Observer");
        assertThat(article.metadata().authors()).containsExactly("Tom Harland");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 9));
        // the standfirst is reporting: its facts stay answerable
        assertThat(article.reporting()).startsWith("Two drivers, one van and 4,000 books")
                .contains("Margaret is already waiting.");
    }

    @Test
    void should_read_a_reviewers_byline_under_the_rating_and_the_details_of_the_book() throws Exception {
        String content = """
                THE HARBOUR LITERARY MONTHLY | Fiction

                A lighthouse keeper's last winter

                ★★★☆☆

                The Lamp Room
                by Clara Westwood
                Gull Books, 288 pages, £16.99

                Reviewed by Idris Penhallow

                Westwood's third novel follows a keeper through the months before his light is automated.
                """;

        Article article = parsed("review.txt", content);

        // the novelist under the book's title wrote the book, not the review
        assertThat(article.metadata().authors()).containsExactly("Idris Penhallow");
        assertThat(article.metadata().title()).isEqualTo("A lighthouse keeper's last winter");
        assertThat(article.reporting()).contains("Westwood's third novel follows a keeper");
    }

    @Test
    void should_take_the_body_over_a_press_briefings_transcript_for_its_publisher() throws Exception {
        String content = """
                CORK CITY FIRE BRIGADE
                PRESS BRIEFING — TRANSCRIPT

                Speaker: Chief Fire Officer Aoife Brennan

                BRENNAN: Good morning. Crews were called to the warehouse on Tuesday night and the fire is now out.
                """;

        Article article = parsed("briefing.txt", content);

        assertThat(article.metadata().publisher()).isEqualTo("CORK CITY FIRE BRIGADE");
    }

    @Test
    void should_take_the_last_body_of_a_letterhead_over_a_designation_for_the_documents_publisher() throws Exception {
        String content = """
                Republic of Ireland
                County Kerry
                TOWN OF DINGLE
                OFFICE OF THE TOWN CLERK

                ORDINANCE No. 5 of 2025

                AN ORDINANCE CLOSING THE PIER ROAD TO HEAVY GOODS VEHICLES

                WHEREAS, on 2 March 2025 a section of the pier road subsided after a storm;
                """;

        Article article = parsed("ordinance.txt", content);

        // the designation heads the document; the body most particular in the letterhead issues it
        assertThat(article.metadata().publisher()).isEqualTo("OFFICE OF THE TOWN CLERK");
        assertThat(article.metadata().title()).isEqualTo("ORDINANCE No. 5 of 2025");
    }

    @Test
    void should_take_a_name_in_capitals_over_a_notices_designation_for_its_publisher() throws Exception {
        String content = """
                PENZANCE HARBOUR
                LOCAL NOTICE TO MARINERS No. 9 of 2025
                4 May 2025

                Mariners are advised that a green buoy off the north pier has been moved 20 metres east for dredging.
                """;

        Article article = parsed("notice.txt", content);

        assertThat(article.metadata().publisher()).isEqualTo("PENZANCE HARBOUR");
        assertThat(article.metadata().title()).isEqualTo("LOCAL NOTICE TO MARINERS No. 9 of 2025");
    }

    @Test
    void should_read_a_dashed_letterhead_line_and_a_name_that_lists_over_a_decisions_designation() throws Exception {
        String content = """
                CANTON DE VAUD – Department of the Environment
                Commission on Rivers, Lakes and Wetlands

                DECISION No. 14/2024

                Subject: Gravel extraction at the mouth of the Venoge
                Meeting: 3 June 2024, Lausanne

                1. The commission finds that extraction has lowered the riverbed by forty centimetres since 2019.
                """;

        Article article = parsed("decision.txt", content);

        // "CANTON DE VAUD –" is no dateline: a name follows its dash, not reporting
        assertThat(article.metadata().publisher()).isEqualTo("Commission on Rivers, Lakes and Wetlands");
        assertThat(article.metadata().title()).isEqualTo("DECISION No. 14/2024");
        assertThat(article.metadata().place()).isEmpty();
    }

    @Test
    void should_take_a_name_in_capitals_over_a_pages_breadcrumb_and_stamp_for_its_publisher() throws Exception {
        String content = """
                KELSO ABBEY TRUST
                News | Events
                Posted 3 March 2025

                Medieval floor tiles go on show for the first time

                Forty glazed tiles found under the abbey's nave in 1923 will be shown from Saturday.
                """;

        Article article = parsed("tiles.txt", content);

        assertThat(article.metadata().publisher()).isEqualTo("KELSO ABBEY TRUST");
        assertThat(article.metadata().title()).isEqualTo("Medieval floor tiles go on show for the first time");
    }

    @Test
    void should_read_a_name_under_a_stamp_and_a_name_with_its_agency_as_the_byline() throws Exception {
        String content = """
                Ferry grounded in fog off Vaasa, all 90 passengers safe

                14.3.2026 09:12
                Liisa Mäkelä / STT

                VAASA (STT) – A ferry ran aground in fog off Vaasa on Saturday morning, the coast guard said.

                All 90 passengers were taken ashore by noon.
                """;
        String agencyAlone = """
                Ferry grounded in fog off Vaasa

                Liisa Mäkelä, STT

                VAASA (STT) – A ferry ran aground in fog off Vaasa on Saturday morning, the coast guard said.
                """;

        Article stamped = parsed("vaasa.txt", content);
        Article credited = parsed("vaasa-credit.txt", agencyAlone);

        assertThat(stamped.metadata().authors()).containsExactly("Liisa Mäkelä");
        assertThat(stamped.metadata().publisher()).isEqualTo("STT");
        assertThat(stamped.metadata().place()).isEqualTo("Vaasa");
        assertThat(stamped.metadata().published()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(stamped.reporting()).startsWith("A ferry ran aground");
        assertThat(credited.metadata().authors()).containsExactly("Liisa Mäkelä");
        assertThat(credited.metadata().place()).isEqualTo("Vaasa");
    }

    @Test
    void should_not_take_a_dateline_under_a_stamp_for_a_byline() throws Exception {
        String content = """
                Ivory Coast opens probe after fire destroys cocoa stocks

                11.3.2025 10:05
                SAN PEDRO, Ivory Coast (AFP) - Authorities opened an inquiry on Tuesday into a warehouse fire.
                """;

        String leadWithItsAgency = """
                Riders left hanging upside down as roller coaster stalls

                By Lachlan Petrie

                GOLD COAST, Jan 5 AAP - Sixteen people were left hanging upside down for 25 minutes on Sunday.
                """;

        Article article = parsed("san-pedro.txt", content);
        Article lead = parsed("gold-coast.txt", leadWithItsAgency);

        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.metadata().place()).isEqualTo("San Pedro");
        assertThat(lead.metadata().authors()).containsExactly("Lachlan Petrie");
        assertThat(lead.reporting()).contains("Sixteen people were left hanging upside down");
    }

    @Test
    void should_read_a_letterhead_in_several_languages_over_a_release_and_a_translation_note() throws Exception {
        String content = """
                POLISI – POLIISI – NORTHERN COAST POLICE
                Lapland Police District

                PRESS RELEASE
                3.3.2026 at 09.15
                English translation of the Finnish original

                Two snowmobilers rescued from thin ice on Lake Inari

                Two men were pulled from the water near Inari on Monday evening after their snowmobiles broke through the ice.
                """;

        Article article = parsed("inari.txt", content);

        assertThat(article.metadata().title()).isEqualTo("Two snowmobilers rescued from thin ice on Lake Inari");
        // the letterhead's names in the country's languages go by the last
        assertThat(article.metadata().publisher()).isEqualTo("NORTHERN COAST POLICE");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(article.metadata().place()).isEmpty();
        assertThat(article.reporting()).startsWith("Two men were pulled from the water");
    }

    @Test
    void should_read_a_letterhead_with_its_name_in_two_languages_its_address_and_the_place_and_day_of_a_statement()
            throws Exception {
        String content = """
                MUZEJ GRADA SPLITA
                Split City Museum
                Papalićeva 1, HR-21000 Split, Croatia

                STATEMENT FOR THE MEDIA
                Split, 3 March 2026

                Statement on the water damage in the Papalić Palace

                Rainwater came through the roof of the palace's east wing on Sunday night and soaked part of the archive.
                """;

        Article article = parsed("museum.txt", content);

        assertThat(article.metadata().title()).isEqualTo("Statement on the water damage in the Papalić Palace");
        // the name in capitals over the same name in ordinary case goes by the second
        assertThat(article.metadata().publisher()).isEqualTo("Split City Museum");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(article.reporting()).startsWith("Rainwater came through the roof");
    }

    @Test
    void should_take_authors_marked_with_their_institutions_for_an_abstracts_credits() throws Exception {
        String content = """
                Hay fever in toddlers: a two-year review of GP consultations in Cornwall

                Tamsin Polglase (1), Jago Trewin (1,2), Amira Haddad (2)
                (1) Department of Child Health, Royal Cornwall Hospital, Truro; (2) Peninsula Medical School

                Background: Hay fever is thought to be rare under three, but local figures are lacking.
                """;

        Article article = parsed("abstract.txt", content);

        // the numbers mark institutions, listed on the line under the names: both lines are the credits
        assertThat(article.metadata().authors()).containsExactly("Tamsin Polglase", "Jago Trewin", "Amira Haddad");
        assertThat(article.reporting()).startsWith("Background:");
    }

    @Test
    void should_take_the_body_a_statement_is_from_for_its_publisher() throws Exception {
        String content = """
                Press release

                Ferry routes to the islands to reopen on Monday, Transport Minister says

                The minister visited the harbour as repairs to the pier near completion.

                From: Department for Island Transport
                Published: 12 March 2025

                Ferry services to the northern islands will resume on Monday after repairs to the pier at Kirkwall.
                """;

        Article article = parsed("ferries.txt", content);

        assertThat(article.metadata().publisher()).isEqualTo("Department for Island Transport");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.reporting()).startsWith("The minister visited the harbour")
                .contains("Ferry services to the northern islands");
    }

    @Test
    void should_pass_over_a_breadcrumb_and_read_published_and_updated_stamps_with_weekdays() throws Exception {
        String content = """
                Wharfe Valley Echo
                Home > News > Otley

                Footbridge closed after flood damage to its supports

                By Priya Lockwood
                Published: Thursday 6 March 2025, 09:12 GMT
                Updated: Thursday 6 March 2025, 15:40 GMT

                A footbridge over the Wharfe in Otley has been shut after engineers found cracks in two of its piers.
                """;

        Article article = parsed("otley.txt", content);

        assertThat(article.metadata().title()).isEqualTo("Footbridge closed after flood damage to its supports");
        assertThat(article.metadata().publisher()).isEqualTo("Wharfe Valley Echo");
        assertThat(article.metadata().authors()).containsExactly("Priya Lockwood");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(article.reporting()).startsWith("A footbridge over the Wharfe");
    }

    @Test
    void should_take_the_body_that_issues_a_release_for_its_publisher() throws Exception {
        String content = """
                Kestrel Bay District Council
                Press release

                Issued: Monday 14 April 2025
                For immediate release

                Seafront car parks to stay free until the end of May

                Kestrel Bay District Council will not charge for parking on the seafront until 31 May, it said today.
                """;

        Article article = parsed("release.txt", content);

        assertThat(article.metadata().title()).isEqualTo("Seafront car parks to stay free until the end of May");
        assertThat(article.metadata().publisher()).isEqualTo("Kestrel Bay District Council");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(article.reporting()).startsWith("Kestrel Bay District Council will not charge");
    }

    @Test
    void should_date_a_release_by_its_furniture_and_name_no_publisher_without_a_name_line() throws Exception {
        String content = """
                MEDIA RELEASE
                For immediate release: 2 June 2025

                Harbour museum to open its archive to the public

                The harbour museum will open its photographic archive to visitors on Saturdays from July.
                """;

        ArticleMetadata metadata = parsed("museum.txt", content).metadata();

        assertThat(metadata.title()).isEqualTo("Harbour museum to open its archive to the public");
        assertThat(metadata.publisher()).isEmpty();
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void should_leave_a_releases_furniture_under_its_headline_and_its_notes_under_the_end_mark_out_of_the_text()
            throws Exception {
        String content = """
                Harbour Ferries | Newsroom

                Harbour Ferries adds a night sailing to the islands

                FOR IMMEDIATE RELEASE: 3 July 2025

                Harbour Ferries will run a nightly sailing to the outer islands from 1 August. The crossing takes 40 minutes.

                ENDS

                Media enquiries: Tom Reyes, press officer, Harbour Ferries
                About Harbour Ferries: the company has run ferries since 1951.
                """;

        Article article = parsed("ferries.txt", content);

        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(article.reporting()).startsWith("Harbour Ferries will run a nightly sailing")
                .endsWith("The crossing takes 40 minutes.");
    }

    @Test
    void should_read_the_byline_under_a_standfirst_and_leave_the_photographer_out_of_the_authors() throws Exception {
        String content = """
                Alpine Monthly | Features

                High water: the hut keepers who stayed when the glacier lake rose

                A summer of meltwater has changed life above Saas. Three families tell us why they have not left.

                Words by Lena Furrer
                Photographs by Jonas Amherd
                12 July 2025

                The path to the hut now crosses a lake that was not there ten years ago.
                """;

        Article article = parsed("alpine.txt", content);

        assertThat(article.metadata().publisher()).isEqualTo("Alpine Monthly");
        assertThat(article.metadata().title())
                .isEqualTo("High water: the hut keepers who stayed when the glacier lake rose");
        assertThat(article.metadata().authors()).containsExactly("Lena Furrer");
        assertThat(article.metadata().byline()).isEqualTo("Words by Lena Furrer");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 7, 12));
        assertThat(article.reporting()).startsWith("A summer of meltwater has changed life above Saas.");
    }

    @Test
    void should_open_the_report_under_a_standfirst_its_byline_and_its_dateline() throws Exception {
        String content = """
                Valley Record | News

                Harbour board approves new ferry terminal

                Opponents vow to appeal; work could start in spring

                By Callum Ostrowski
                June 21, 2025 — 11:48 p.m.

                PORT ALICE — The harbour board on Saturday approved a new ferry terminal by five votes to two.
                """;

        Article article = parsed("terminal.txt", content);

        assertThat(article.reporting()).startsWith("Opponents vow to appeal");
        assertThat(article.body().substring(article.opening())).startsWith("The harbour board on Saturday approved");
        assertThat(article.metadata().authors()).containsExactly("Callum Ostrowski");
        assertThat(article.metadata().dateline()).isEqualTo("PORT ALICE —");
        assertThat(article.metadata().place()).isEqualTo("Port Alice");
    }

    @Test
    void should_read_stamps_that_give_the_time_first_and_keep_every_stamp_as_written() throws Exception {
        String warning = """
                Met Éireann | Weather Warnings

                Status Orange - Wind warning for Galway and Mayo

                Issued: 15:00 Saturday 08/11/2025
                Valid: 21:00 Sunday 09/11/2025 to 08:00 Monday 10/11/2025

                Southwesterly winds will reach mean speeds of 65 to 80km/h.
                """;
        String story = """
                In a ranch town, the ambulance crew is mostly retirees

                By DANA WHITCOMBE
                Updated 9:14 AM CDT, April 27, 2025

                AINSWORTH, Neb. (AP) — When the pager goes off, the 74-year-old drives four blocks.
                """;

        Article issued = parsed("warning.txt", warning);
        Article updated = parsed("pager.txt", story);

        // the validity line is what the warning says, not when it was issued
        assertThat(issued.metadata().published()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(issued.metadata().stamps()).containsExactly("Issued: 15:00 Saturday 08/11/2025");
        assertThat(issued.reporting()).startsWith("Valid: 21:00 Sunday");
        assertThat(updated.metadata().published()).isEqualTo(LocalDate.of(2025, 4, 27));
        assertThat(updated.metadata().stamps()).containsExactly("Updated 9:14 AM CDT, April 27, 2025");
        assertThat(updated.reporting()).startsWith("When the pager goes off");
    }

    @Test
    void should_read_a_name_and_the_place_it_filed_from_a_last_modified_stamp_and_a_hyphenated_day() throws Exception {
        String story = """
                The Northern Ledger | World | Belgium

                Ghent dockers end strike after port agrees night-shift pay rise

                Union says the deal covers 1,900 workers; shipping lines warn the backlog will take a week to clear

                Lotte Verbruggen and Amaury De Smet in Ghent
                Tue 4 Mar 2025 18.20 GMT
                Last modified on Wed 5 Mar 2025 07.45 GMT

                Dockers at the port of Ghent returned to work on Tuesday evening after a nine-day strike.
                """;
        String wire = """
                BNA | Economie

                Ghent port strike ends after pay deal

                04-03-2025, 17:05

                GHENT (BNA) - Dockers in Ghent ended their nine-day strike on Tuesday.
                """;

        Article ledger = parsed("ledger.txt", story);
        Article agency = parsed("bna.txt", wire);

        assertThat(ledger.metadata().authors()).containsExactly("Lotte Verbruggen", "Amaury De Smet");
        assertThat(ledger.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ledger.metadata().stamps()).containsExactly("Tue 4 Mar 2025 18.20 GMT",
                "Last modified on Wed 5 Mar 2025 07.45 GMT");
        assertThat(ledger.reporting()).startsWith("Union says the deal");
        assertThat(ledger.body().substring(ledger.opening())).startsWith("Dockers at the port of Ghent returned");
        assertThat(agency.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(agency.metadata().stamps()).containsExactly("04-03-2025, 17:05");
    }

    @Test
    void should_read_a_words_credit_and_a_same_day_update_after_a_middle_dot() throws Exception {
        String explainer = """
                Harbour Herald | News

                What we know: why the Quayside ferry ran aground

                The harbour's busiest ferry is out of service while divers check its hull.

                Words: Tamsin Oduya
                Tue 11 March 2025 · 6:10am AEDT · Updated 10:45am

                1. What happened?
                The ferry struck a sandbar off Kirribilli Point shortly after 7pm on Monday.
                """;

        Article article = parsed("herald.txt", explainer);

        assertThat(article.metadata().authors()).containsExactly("Tamsin Oduya");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(article.metadata().stamps()).containsExactly("Tue 11 March 2025 · 6:10am AEDT · Updated 10:45am");
        assertThat(article.body().substring(article.opening())).doesNotContain("Words:").doesNotContain("Updated 10:45am");
    }

    @Test
    void should_read_a_stamp_that_gives_the_year_first() throws Exception {
        String page = """
                THE KANSAI HERALD | Local

                Ferry service to Awaji resumes after storm

                By Mei Tanaka, Staff Writer
                Posted: 2025.09.14 08:10 JST | Updated: 2025.09.14 12:40 JST

                KOBE — Ferries to Awaji Island ran again on Sunday after two days of cancellations.
                """;

        Article article = parsed("kansai.txt", page);

        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(String.join(" | ", article.metadata().stamps())).contains("Updated: 2025.09.14 12:40 JST");
        assertThat(article.body().substring(article.opening())).startsWith("Ferries to Awaji Island ran again");
    }

    @Test
    void should_not_take_a_one_word_subject_and_a_place_over_a_stamp_for_a_byline() throws Exception {
        String page = """
                The Northern Ledger

                Ghent port reopens

                Dockers in Ghent
                Tue 4 Mar 2025 18.20 GMT

                Work resumed on Tuesday evening.
                """;

        Article article = parsed("dockers.txt", page);

        assertThat(article.metadata().authors()).isEmpty();
    }

    @Test
    void should_read_a_headline_that_asks_a_question_over_its_byline() throws Exception {
        String content = """
                AP | U.S. News

                In a ranch town, the ambulance crew is mostly retirees. Who answers the pager next?

                By DANA WHITCOMBE
                April 27, 2025

                AINSWORTH, Neb. (AP) — When the pager goes off, the 74-year-old drives four blocks to the garage.

                Who will replace her? Nobody knows yet.
                """;

        Article article = parsed("pager.txt", content);

        assertThat(article.metadata().title())
                .isEqualTo("In a ranch town, the ambulance crew is mostly retirees. Who answers the pager next?");
        assertThat(article.metadata().authors()).containsExactly("Dana Whitcombe");
        assertThat(article.metadata().place()).isEqualTo("Ainsworth");
        assertThat(article.reporting()).startsWith("When the pager goes off");
    }

    @Test
    void should_name_no_publisher_for_a_competition_line_and_keep_a_result_line_in_the_reporting() throws Exception {
        String content = """
                County Antrim Shield semi-final | Full-time

                Larne Harbour 2 (Doyle 14, Kerr 70) Ballyclare Town 1 (Neill 33)

                Conor Kerr struck twenty minutes from time as Larne Harbour beat Ballyclare Town 2-1 on Tuesday night.
                """;

        Article article = parsed("2025-10-14-shield.txt", content);

        assertThat(article.metadata().publisher()).isEmpty();
        assertThat(article.metadata().title()).startsWith("Conor Kerr struck twenty minutes from time");
        assertThat(article.reporting()).startsWith("Larne Harbour 2 (Doyle 14, Kerr 70)");
    }

    @Test
    void should_read_a_day_from_a_masthead_and_a_name_beside_stamps_on_one_line() throws Exception {
        String onAir = """
                Fjord Radio FM | Morning bulletin | Friday 3 October 2025

                Ferry timetable cut for the winter

                The island ferry will run four times a day instead of six from next week, its operator said.
                """;
        String agency = """
                Volunteers clear beach after storm

                Deniz Aksoy |21.10.2025 - Update : 21.10.2025

                More than 300 volunteers cleared the beach at Kumkoy on Tuesday.
                """;

        ArticleMetadata radio = parsed("radio.txt", onAir).metadata();
        Article agencyCopy = parsed("agency.txt", agency);

        assertThat(radio.publisher()).isEqualTo("Fjord Radio FM");
        assertThat(radio.title()).isEqualTo("Ferry timetable cut for the winter");
        assertThat(radio.published()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(agencyCopy.metadata().authors()).containsExactly("Deniz Aksoy");
        assertThat(agencyCopy.metadata().published()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(agencyCopy.reporting()).startsWith("More than 300 volunteers");
    }

    @Test
    void should_keep_a_title_case_headline_and_a_standfirst_without_a_byline_as_they_were() throws Exception {
        String titleCase = """
                Tram Maker Wins Oslo Order

                By Ola Brekke

                A Czech tram maker has won an order for 40 trams from Oslo's transport company.
                """;
        String deck = """
                Harbour Tunnel Opens

                Drivers save twenty minutes on the crossing from Monday

                The tunnel under the harbour opened to traffic on Monday morning.
                """;

        ArticleMetadata headlineOverByline = parsed("tram.txt", titleCase).metadata();
        Article withDeck = parsed("tunnel.txt", deck);

        assertThat(headlineOverByline.title()).isEqualTo("Tram Maker Wins Oslo Order");
        assertThat(headlineOverByline.publisher()).isEmpty();
        assertThat(headlineOverByline.authors()).containsExactly("Ola Brekke");
        assertThat(withDeck.metadata().title()).isEqualTo("Harbour Tunnel Opens");
        assertThat(withDeck.metadata().publisher()).isEmpty();
        assertThat(withDeck.metadata().authors()).isEmpty();
        assertThat(withDeck.reporting()).startsWith("Drivers save twenty minutes");
    }

    @Test
    void should_not_take_a_sentence_after_the_first_paragraph_for_a_byline() throws Exception {
        String content = """
                Council approves new bus depot

                The council approved the depot on Tuesday after a long debate.

                By Anna Berg's count, nine residents spoke against it.
                """;

        Article article = parsed("depot.txt", content);

        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.reporting()).startsWith("The council approved the depot");
    }

    @Test
    void should_read_an_agency_first_dateline_in_capitals_under_a_standfirst_and_a_copyright_line_at_the_foot()
            throws Exception {
        String content = """
                ANSA English | Culture

                Stolen Etruscan vase returned to Tarquinia museum

                Carabinieri traced the piece to an online auction in Munich

                (ANSA) - VITERBO, MAR 4 - A painted Etruscan vase stolen from a store room in 1998 went back on display \
                in Tarquinia on Tuesday, the culture ministry said.

                The vase had been offered for sale with a forged export licence.

                ALL RIGHTS RESERVED © Copyright ANSA
                """;

        Article article = parsed("2026-03-04-ansa-vase.txt", content);

        assertThat(article.metadata().dateline()).isEqualTo("(ANSA) - VITERBO, MAR 4 -");
        assertThat(article.metadata().place()).isEqualTo("Viterbo");
        assertThat(article.metadata().publisher()).isEqualTo("ANSA");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(article.metadata().signOff()).isEqualTo("ALL RIGHTS RESERVED © Copyright ANSA");
        // the standfirst stays reporting; the report itself opens after the dateline
        assertThat(article.reporting()).startsWith("Carabinieri traced the piece").doesNotContain("Copyright");
        assertThat(article.body().substring(article.opening())).startsWith("A painted Etruscan vase");
    }

    @Test
    void should_pass_over_a_journals_motto_and_section_to_its_headline_and_read_a_byline_with_a_reading_time()
            throws Exception {
        String content = """
                HOP & BARLEY REVIEW | Issue 412 | Thursday 6 March 2025
                The monthly magazine of the brewing trade

                Supply & Pricing

                Malt shortage: why craft brewers are paying a third more this spring

                A wet harvest in the Baltic has cut the supply of brewing barley just as demand recovers.

                By Tomasz Wierzbicki, Northern Europe editor
                Reading time: 4 minutes

                Maltsters in Poland and Lithuania have raised prices by up to 34 percent since January.
                """;

        Article article = parsed("2025-03-06-hop-barley-malt.txt", content);

        assertThat(article.metadata().title())
                .isEqualTo("Malt shortage: why craft brewers are paying a third more this spring");
        assertThat(article.metadata().publisher()).isEqualTo("HOP & BARLEY REVIEW");
        assertThat(article.metadata().authors()).containsExactly("Tomasz Wierzbicki");
        assertThat(article.body().substring(article.opening())).startsWith("Maltsters in Poland");
    }

    @Test
    void should_read_a_byline_that_names_a_correspondent_by_title_alone() throws Exception {
        String content = """
                Valley Sport | Rugby

                Harlow Vale edge the county final in the last minute

                A drop goal from the replacement fly-half settles a tight, wet afternoon at Mill Lane

                By our rugby correspondent
                Sunday 9 March 2025

                Harlow Vale won the county cup for the first time in twelve years on Saturday.
                """;

        Article article = parsed("harlow.txt", content);

        assertThat(article.metadata().byline()).isEqualTo("By our rugby correspondent");
        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(article.body().substring(article.opening())).startsWith("Harlow Vale won the county cup");
    }

    @Test
    void should_take_the_name_a_readers_letter_is_signed_with_for_its_author_and_keep_a_last_sentence_that_names_one()
            throws Exception {
        String letter = """
                Westbury Courier | Letters

                The bus to the hospital must come back

                Since the 44 was cut last spring, I have paid £18 for a taxi to every appointment at the infirmary.

                Dorothy Pembridge, Upper Westbury
                """;
        String report = """
                The bridge will reopen on Monday, the council said.

                The work was led by engineer Sam Okafor, Halden.
                """;

        Article signed = parsed("letter.txt", letter);
        Article reported = parsed("bridge.txt", report);

        assertThat(signed.metadata().authors()).containsExactly("Dorothy Pembridge");
        assertThat(signed.metadata().signOff()).isEqualTo("Dorothy Pembridge, Upper Westbury");
        assertThat(signed.reporting()).endsWith("at the infirmary.");
        assertThat(reported.metadata().authors()).isEmpty();
        assertThat(reported.reporting()).endsWith("Sam Okafor, Halden.");
    }

    @Test
    void should_read_a_newsletters_name_in_capitals_its_dotted_date_line_and_its_editors_signature_over_the_footer()
            throws Exception {
        String newsletter = """
                THE HARBOUR DIGEST
                Your weekly round-up of the Solent, in five minutes
                Monday, 7 April 2025 · Issue #52 · 5-minute read

                Good morning. The chain ferry is back after a month in dry dock.

                1. COWES: FERRY RETURNS

                The floating bridge resumed crossings on Sunday after repairs to its chains cost £410,000.

                That's all for this week,
                Priya Raman, editor

                You are receiving this because you subscribed to The Harbour Digest. Unsubscribe · Manage preferences
                """;
        String story = """
                The council will close its old mailing list next month.

                Readers who do nothing will keep receiving the paper edition; the rest can unsubscribe online.
                """;

        Article article = parsed("2025-04-07-harbour-digest.txt", newsletter);
        Article reported = parsed("mailing.txt", story);

        assertThat(article.metadata().publisher()).isEqualTo("THE HARBOUR DIGEST");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(article.metadata().credits().editors()).containsExactly("Priya Raman");
        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.reporting()).startsWith("Good morning.").endsWith("That's all for this week,")
                .doesNotContain("Unsubscribe");
        // a story's last sentence that mentions unsubscribing is reporting
        assertThat(reported.reporting()).endsWith("can unsubscribe online.");
    }

    @Test
    void should_read_a_broadcast_scripts_air_date_and_labelled_credits_and_pass_over_its_running_time_and_cues()
            throws Exception {
        String script = """
                RIVERTOWN 7 | LATE BULLETIN | ITEM 02
                SLUG: FERRY FIRE – UPDATE
                Air date: Tuesday, 3 June 2025
                Writer: Lena Okafor | Producer: Tom Reyes
                TRT: 1'50"

                [ANCHOR – CAM 1]
                Fire crews say the blaze on the Ardmore ferry started in its engine room.

                [VO – FOOTAGE: BURNT DECK, TUGS]
                The ferry was towed back to port overnight.
                """;

        Article article = parsed("2025-06-03-rivertown-7-ferry-fire.txt", script);

        assertThat(article.metadata().publisher()).isEqualTo("RIVERTOWN 7");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(article.metadata().authors()).containsExactly("Lena Okafor");
        assertThat(article.metadata().title()).startsWith("Fire crews say the blaze");
        assertThat(article.metadata().place()).isEmpty();
        assertThat(article.reporting()).doesNotContain("TRT").doesNotContain("Writer:");
    }

    @Test
    void should_take_a_name_in_capitals_over_a_press_summary_for_its_issuer() throws Exception {
        String summary = """
                THE HIGH COURT OF TYNEHOLM

                PRESS SUMMARY

                2 April 2025

                Marlow Ferries Ltd v Tyneholm Port Authority

                The court ruled that the port authority could not charge berthing dues for the winter months.
                """;

        Article article = parsed("2025-04-02-tyneholm-press-summary.txt", summary);

        assertThat(article.metadata().publisher()).isEqualTo("THE HIGH COURT OF TYNEHOLM");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(article.metadata().title()).isEqualTo("Marlow Ferries Ltd v Tyneholm Port Authority");
    }
}
