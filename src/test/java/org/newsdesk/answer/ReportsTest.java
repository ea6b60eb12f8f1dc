package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.desk.Desk;
import org.newsdesk.knowledge.Article;
import org.newsdesk.testsupport.TestDesks;

/**
 * Questions about reports as such (issue 8, items 3 and 4), on a folder of wire copy written for the
 * tests (src/test/resources/wire): two reports of one ferry accident, by AFP and, two days later, AP
 * with higher figures, beside reports by Reuters, AP, AFP and Bloomberg on other stories.
 */
class ReportsTest {

    private static final String WIRE = "src/test/resources/wire/";
    private static final String AFP_FERRY = "2025-03-05-afp-lake-mora-ferry.txt";
    private static final String AP_FERRY = "2025-03-07-ap-lake-mora-ferry.txt";

    @TempDir
    static Path root;
    static Desk desk;

    @BeforeAll
    static void load() {
        desk = TestDesks.loaded(root, WIRE + AFP_FERRY, WIRE + AP_FERRY, WIRE + "2024-03-04-reuters-grain-corridor.txt",
                WIRE + "2025-10-17-ap-riverton-flood.txt", WIRE + "2025-04-09-ap-harbor-bridge.txt",
                WIRE + "2025-06-02-afp-paris-museum.txt", WIRE + "2025-05-20-bloomberg-chipmaker.txt");
    }

    /**
     * AP's report of a ferry that went down off Kos and, a day later, a live page on it (its entries newest first),
     * beside a museum story of five days before.
     */
    private static Desk kosFerry(String folder) {
        return TestDesks.loaded(root.resolve(folder), WIRE + "2025-06-07-ap-kos-ferry-reef.txt",
                WIRE + "2025-06-08-island-post-live-kardamena-ferry.txt", WIRE + "2025-06-02-afp-paris-museum.txt");
    }

    private static Answer ask(String question) {
        Answer answer = desk.extractive().answer(Question.of(question));
        answer.sources().forEach(source -> {
            Article article = desk.snapshot().article(source.document()).orElseThrow();
            assertThat(article.body()).as("every quote is verbatim text of its own report").contains(source.quote());
            assertThat(source.publisher()).isEqualTo(article.metadata().publisher());
        });
        return answer;
    }

    @Test
    void should_name_the_agency_of_the_report_a_topic_leads_to_quoting_its_dateline() {
        // when
        Answer answer = ask("Which agency reported the grain corridor deal?");

        // then
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.text()).contains("Reuters");
        assertThat(answer.sources()).singleElement().satisfies(source -> {
            assertThat(source.document()).isEqualTo("2024-03-04-reuters-grain-corridor.txt");
            assertThat(source.quote()).isEqualTo("GENEVA, March 3 (Reuters) -");
        });
    }

    @Test
    void should_find_the_report_by_where_its_credits_say_a_contributor_reported_from() {
        // given: the Reuters grain story's sign-off, "Additional reporting by Tomasz Brandt in Warsaw", the only place
        // any report names Warsaw

        // when
        Answer answer = ask("Which Reuters journalist added reporting from Warsaw?");

        // then
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.text()).contains("Tomasz Brandt");
        assertThat(answer.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2024-03-04-reuters-grain-corridor.txt");
    }

    @Test
    void should_take_the_report_whose_headline_names_the_story_of_several_on_one_event() {
        // given: two reports of the Lake Mora ferry, headlined "Ferry capsizes on Lake Mora, dozens missing" (AFP)
        // and "Ferry survivors found as Lake Mora search widens" (AP); retrieval alone led to the other one

        // when
        Answer search = ask("When was the story on the Lake Mora search published?");
        Answer capsizing = ask("Which agency reported the ferry capsizing?");

        // then
        assertThat(search.sources()).singleElement().extracting(Source::document).isEqualTo(AP_FERRY);
        assertThat(capsizing.sources()).singleElement().extracting(Source::document).isEqualTo(AFP_FERRY);
    }

    @Test
    void should_take_the_report_that_holds_the_name_or_the_word_a_topic_gives() {
        // given: a takeover story (Reuters) that never says "takeover", beside a feature whose words hold
        // "take" and "over", the parts the index also gives of "takeover"
        Desk folder = TestDesks.loaded(root.resolve("takeover"), WIRE + "2025-07-01-reuters-brewery-takeover.txt",
                WIRE + "2025-07-05-quay-feature.md", WIRE + "2025-06-02-afp-paris-museum.txt");

        // when
        Answer named = folder.extractive().answer(Question.of("Which journalists reported the Heemstra takeover story?"));
        Answer worded = folder.extractive().answer(Question.of("Where is the brewery takeover story datelined?"));

        // then: the report that names Heemstra, and the one about a brewery, not the feature
        assertThat(named.text()).contains("Anna de Vries");
        assertThat(worded.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2025-07-01-reuters-brewery-takeover.txt");
    }

    @Test
    void should_give_the_time_a_report_was_updated_or_first_put_online_quoting_its_stamp() {
        // given: a site's story stamped when it was first published and when it was updated, beside a wire story
        Desk folder = TestDesks.loaded(root.resolve("stamps"), WIRE + "2025-03-10-harbour-post-ferry-toll-update.txt",
                WIRE + AFP_FERRY);

        // when
        Answer updated = folder.extractive().answer(
                Question.of("At what time was the Harbour Post story about the ferry toll last updated?"));
        Answer online = folder.extractive().answer(
                Question.of("When did the Harbour Post first put its story about the capsize online?"));
        Answer unstamped = folder.extractive().answer(Question.of("What time was the AFP story on the Lake Mora ferry updated?"));

        // then: each quotes the stamp it asks for; a report with no stamp gives its day
        assertThat(updated.text()).contains("11:42");
        assertThat(updated.sources()).singleElement().extracting(Source::quote).isEqualTo("Updated: Mar 10, 2025, 11:42 GMT");
        assertThat(online.text()).contains("19:05");
        assertThat(online.sources()).singleElement().extracting(Source::quote)
                .isEqualTo("First published: Mar 9, 2025, 19:05 GMT");
        assertThat(unstamped.answerable()).isTrue();
        assertThat(unstamped.text()).contains("published on").contains("2025");
    }

    @Test
    void should_find_an_outlets_report_by_a_topic_another_report_of_the_event_words() {
        // given: AP's report of the Kos ferry never says it sank; the live page on the same event speaks of its sinking
        Desk folder = kosFerry("live");

        // when
        Answer answer = folder.extractive().answer(Question.of("Where was the AP report on the sinking filed from?"));

        // then
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2025-06-07-ap-kos-ferry-reef.txt");
        assertThat(answer.text()).contains("Kos");
    }

    @Test
    void should_name_the_agency_that_reported_an_event_when_the_topic_leads_to_a_sites_report_of_it() {
        // given: the words "Kardamena ferry sinking" are the live page's headline; AP's report of the event is the wire's
        Desk folder = kosFerry("agency");

        // when
        Answer agency = folder.extractive().answer(Question.of("Which news agency reported the Kardamena ferry sinking?"));
        Answer outlet = folder.extractive().answer(Question.of("Which outlet reported the Kardamena ferry sinking?"));

        // then: the agency's report for the agency, the site's for an outlet
        assertThat(agency.text()).contains("AP");
        assertThat(agency.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2025-06-07-ap-kos-ferry-reef.txt");
        assertThat(outlet.text()).contains("Island Post");
    }

    @Test
    void should_take_the_wire_a_question_names_for_the_agencys_report_of_the_event() throws Exception {
        // given: a harbour's notice of a moved buoy, and an agency's report of it that never says "notice"
        Desk folder = penzanceBuoy("wire",
                "Mariners are advised by this notice that the green buoy off the north pier has been moved for dredging.");

        // when
        Answer answer = folder.extractive().answer(Question.of("Where was the buoy notice wire filed from?"));

        // then: the agency's report, which has a dateline, not the notice, which has none
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.text()).contains("Penzance");
        assertThat(answer.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2025-05-03-pa-penzance-buoy.txt");
    }

    @Test
    void should_name_the_authors_quoting_the_byline() {
        // when
        Answer answer = ask("Who wrote the report about the flood barriers?");

        // then
        assertThat(answer.text()).contains("Marta Kowalczyk and Derek Osei");
        assertThat(answer.sources()).singleElement()
                .satisfies(source -> assertThat(source.quote()).startsWith("By MARTA KOWALCZYK"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            When was the story about the harbor bridge published? | 9 April 2025 | HALIFAX, Nova Scotia (AP) —
            Where was the museum story filed from?                | Paris        | Paris (AFP) -
            What is the headline of the story about the flood?    | “Flood barriers hold as river crests in riverside town” \
                | Flood barriers hold as river crests in riverside town
            """)
    void should_give_the_date_place_or_headline_of_a_report_quoting_the_line_that_gives_it(String question, String given,
            String quote) {
        // when
        Answer answer = ask(question);

        // then
        assertThat(answer.text()).contains(given);
        assertThat(answer.sources()).singleElement().satisfies(source -> assertThat(source.quote()).isEqualTo(quote));
    }

    @Test
    void should_say_how_old_a_report_is() {
        // given
        MetadataAnswers answers = new MetadataAnswers(Clock.fixed(
                LocalDate.of(2025, 8, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Question question = Question.of("How old is the report on the chip maker?");

        // when
        Optional<Answer> answer = answers.answer(question, question.text(),
                ReportFilter.of(question.text(), desk.snapshot()), desk.retrieval().chain(), desk.messages());

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.text()).contains("20 May 2025").contains("3 months ago");
            assertThat(found.sources()).singleElement()
                    .satisfies(source -> assertThat(source.quote()).isEqualTo("(Bloomberg) --"));
        });
    }

    @Test
    void should_say_so_when_no_report_is_about_the_topic_or_none_names_its_author() {
        // when
        Answer offTopic = ask("Which agency reported the Super Bowl?");
        Answer noAuthor = ask("Who wrote the report on the museum?");

        // then
        assertThat(offTopic.answerable()).isFalse();
        assertThat(offTopic.sources()).isEmpty();
        assertThat(noAuthor.answerable()).isFalse();
        assertThat(noAuthor.text()).contains("does not name its author");
    }

    @Test
    void should_answer_from_the_outlet_a_question_names() {
        // when
        Answer afp = ask("According to AFP, how many passengers were rescued from the ferry?");
        Answer ap = ask("What did AP report about how many passengers were rescued from the ferry?");

        // then
        assertThat(afp.answerable()).isTrue();
        assertThat(afp.sources()).allSatisfy(source -> assertThat(source.document()).isEqualTo(AFP_FERRY));
        assertThat(afp.text()).contains("12 passengers");
        assertThat(ap.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.document()).isEqualTo(AP_FERRY));
    }

    @Test
    void should_say_so_when_no_report_is_from_the_outlet_or_date_a_question_names() {
        // when
        Answer outlet = ask("According to UPI, how many passengers were rescued from the ferry?");
        Answer date = ask("In the March 6 report, how many passengers were rescued from the ferry?");

        // then
        assertThat(outlet.answerable()).isFalse();
        assertThat(outlet.text()).isEqualTo("None of the stored reports is from UPI, so I cannot say what it reported.");
        assertThat(date.answerable()).isFalse();
        assertThat(date.text()).isEqualTo("None of the stored reports is dated 6 March.");
    }

    @Test
    void should_answer_from_the_report_of_the_date_a_question_names() {
        // when
        Answer answer = ask("In the March 7 report, how many passengers were rescued from the ferry?");

        // then
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.document()).isEqualTo(AP_FERRY));
    }

    @Test
    void should_take_the_last_word_of_a_papers_name_for_the_paper() {
        // given: a dpa report and a later one of the Tirol Courier that gives another figure
        Desk folder = TestDesks.loaded(root.resolve("paper"), WIRE + "2025-02-10-dpa-pass-landslide.txt",
                WIRE + "2025-02-12-tirol-courier-pass-landslide.md");

        // when
        Answer answer = folder.extractive().answer(Question.of("According to the Courier, how many drivers were injured?"));

        // then: the Courier's figure alone
        assertThat(answer.text()).contains("Four drivers").doesNotContain("two drivers");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2025-02-12-tirol-courier-pass-landslide.md"));
    }

    @Test
    void should_not_take_the_start_of_another_name_for_a_papers_last_word() throws Exception {
        // given: a paper called the Harbour Beacon, and an agency's report on the Beacon Cup, which it never covered
        Path files = Files.createDirectories(root.resolve("beacon-files"));
        Path paper = Files.writeString(files.resolve("harbour-beacon-lighthouse.txt"), """
                Harbour Beacon | News

                Lighthouse keeper's cottage to become a museum

                The town council has bought the old keeper's cottage at Gull Point for £240,000.
                """);
        Path wire = Files.writeString(files.resolve("2025-06-02-pa-beacon-cup-regatta.txt"), """
                FALMOUTH (PA) - The yacht Morwenna won the Beacon Cup regatta on Sunday, finishing four minutes ahead \
                of the holder, Tamar Lass, in a fresh westerly wind.
                """);
        Desk folder = TestDesks.loaded(root.resolve("beacon"), paper.toString(), wire.toString());

        // when
        Answer answer = folder.extractive().answer(Question.of("Which yacht won the Beacon Cup regatta?"));

        // then: the regatta's report answers; the Beacon's is no outlet the question names
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2025-06-02-pa-beacon-cup-regatta.txt"));
    }

    @Test
    void should_take_an_institutions_release_in_lower_case_for_its_report() {
        // given: a local paper's report and the council's later release with another count of homes
        Desk folder = TestDesks.loaded(root.resolve("release"), WIRE + "2025-02-03-kvtl-ridgefield-sinkhole.txt",
                WIRE + "2025-02-05-ridgefield-council-sinkhole-release.txt");

        // when
        Answer answer = folder.extractive().answer(Question.of("According to the council's release, how big is the sinkhole?"));

        // then: the release's figure alone
        assertThat(answer.text()).contains("30 feet").doesNotContain("20 feet");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2025-02-05-ridgefield-council-sinkhole-release.txt"));
    }

    @Test
    void should_take_a_bodys_place_and_what_it_put_out_for_its_report() throws Exception {
        // given: an agency's report of a moved buoy and the harbour's own notice, which gives another distance
        Desk folder = penzanceBuoy("notice",
                "Mariners are advised that the green buoy off the north pier has been moved 20 metres east for dredging.");

        // when
        Answer answer = folder.extractive().answer(Question.of("In the Penzance notice, how far east was the buoy moved?"));

        // then: the notice's distance alone
        assertThat(answer.text()).contains("20 metres").doesNotContain("15 metres");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2025-05-04-penzance-harbour-notice.txt"));
    }

    @Test
    void should_name_who_signed_a_document_and_its_number_quoting_its_foot_and_designation() throws Exception {
        // given: a commission's decision, signed at its foot, and an agency's report of a letter the news tells of
        Desk folder = venogeGravel("decision");

        // when
        Answer signed = folder.extractive().answer(Question.of("Who signed the commission's decision?"));
        Answer number = folder.extractive().answer(Question.of("What number does the decision carry?"));
        Answer letter = folder.extractive().answer(Question.of("Who signed the letter to the minister?"));

        // then: the foot and the designation, quoted; a letter the news tells of is a question of fact
        assertThat(signed.text()).contains("Prof. Anne-Marie Duvoisin, President of the Commission");
        assertThat(signed.sources()).singleElement().satisfies(source ->
                assertThat(source.quote()).isEqualTo("Prof. Anne-Marie Duvoisin\nPresident of the Commission"));
        assertThat(number.text()).contains("14/2024");
        assertThat(letter.text()).doesNotContain("Duvoisin", "does not say who signed");
    }

    @Test
    void should_answer_from_the_report_of_the_body_a_question_names_by_the_word_its_name_is_headed_by() throws Exception {
        // given: the Commission on Rivers, Lakes and Wetlands counts 14 pits, the agency 12
        Desk folder = venogeGravel("head-word");

        // when
        Answer answer = folder.extractive().answer(Question.of("According to the commission, how many gravel pits are there on the lower Venoge?"));

        // then: "the commission" is the body whose name it heads
        assertThat(answer.text()).contains("14 gravel pits").doesNotContain("12 gravel pits");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2024-06-04-vaud-gravel-decision.txt"));
    }

    @Test
    void should_answer_from_the_report_of_the_body_a_question_names_by_the_last_words_of_its_name() throws Exception {
        // given: a border guard's release under its letterhead (names in three languages) and an agency's story whose
        // headline speaks of "border guards"
        Path files = Files.createDirectories(root.resolve("tail-files"));
        Path release = Files.writeString(files.resolve("2026-03-03-border-guard-release.txt"), """
                RAJAVARTIOLAITOS – GRÄNSBEVAKNINGSVÄSENDET – FINNISH BORDER GUARD
                Gulf of Finland Coast Guard District

                PRESS RELEASE
                3.3.2026 at 10.00

                Eleven skaters rescued from drifting ice off Porkkala

                Eleven skaters were lifted from a drifting floe off Porkkala on Monday, the district said.
                """);
        Path wire = Files.writeString(files.resolve("2026-03-02-stt-porkkala-skaters.txt"), """
                Border guards rescue skaters off Porkkala

                KIRKKONUMMI (STT) – Border guards rescued nine skaters from a floe off Porkkala on Monday, STT reported.
                """);
        Desk folder = TestDesks.loaded(root.resolve("tail"), release.toString(), wire.toString());

        // when
        Answer answer = folder.extractive().answer(Question.of("When did the Border Guard put out its release on the rescue?"));

        // then: "the Border Guard" is the service whose name ends in those words, not the agency's headline
        assertThat(answer.text()).contains("3 March 2026");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source ->
                assertThat(source.document()).isEqualTo("2026-03-03-border-guard-release.txt"));
    }

    @Test
    void should_name_the_contact_a_release_gives_quoting_its_foot() throws Exception {
        // given: a release with a contact at its foot, and an agency's story with none
        Path files = Files.createDirectories(root.resolve("contact-files"));
        Path release = Files.writeString(files.resolve("2026-03-04-harbour-release.txt"), """
                PRESS RELEASE
                4 March 2026

                Harbour closed after oil spill near Kilmore Quay

                The harbour at Kilmore Quay was closed on Wednesday after a fishing boat spilled diesel, the harbour board said.

                Media contact:
                Aoife Brennan, communications officer, tel. 053 912 9000
                """);
        Path wire = Files.writeString(files.resolve("2026-03-04-rte-kilmore-spill.txt"), """
                KILMORE QUAY (RTÉ) - Divers sealed a leaking fuel tank at Kilmore Quay on Wednesday.
                """);
        Desk folder = TestDesks.loaded(root.resolve("contact"), release.toString(), wire.toString());

        // when
        Answer contact = folder.extractive().answer(Question.of("Who is the press contact for the oil spill release?"));

        // then
        assertThat(contact.text()).contains("Aoife Brennan, communications officer").doesNotContain("053");
        assertThat(contact.sources()).singleElement().satisfies(source ->
                assertThat(source.quote()).isEqualTo("Media contact:\nAoife Brennan, communications officer, tel. 053 912 9000"));
    }

    private static Desk venogeGravel(String name) throws Exception {
        Path files = Files.createDirectories(root.resolve(name + "-files"));
        Path decision = Files.writeString(files.resolve("2024-06-04-vaud-gravel-decision.txt"), """
                CANTON DE VAUD – Department of the Environment
                Commission on Rivers, Lakes and Wetlands

                DECISION No. 14/2024

                1. The commission finds that gravel extraction has lowered the riverbed by forty centimetres since 2019.

                2. There are 14 gravel pits on the lower Venoge, of which three lie inside the nature reserve.

                3. Extraction at the mouth of the Venoge shall stop on 1 July 2024.

                Prof. Anne-Marie Duvoisin
                President of the Commission
                """);
        Path wire = Files.writeString(files.resolve("2024-06-05-ats-venoge-letter.txt"), """
                LAUSANNE (ATS) - Forty fishermen have written to the cantonal minister asking for the gravel pits on \
                the Venoge to stay open, in a letter signed by the president of the anglers' federation, Luc Pittet.

                There are 12 gravel pits on the lower Venoge, the anglers say.
                """);
        return TestDesks.loaded(root.resolve(name), decision.toString(), wire.toString());
    }

    @Test
    void should_answer_from_the_report_of_the_weekday_a_question_names() {
        // given: a dpa report of Monday 10 February 2025, and a later one (Wednesday) that speaks of "Monday's landslide"
        Desk folder = TestDesks.loaded(root.resolve("weekday"), WIRE + "2025-02-10-dpa-pass-landslide.txt",
                WIRE + "2025-02-12-tirol-courier-pass-landslide.md");

        // when
        Answer monday = folder.extractive().answer(Question.of("In the Monday report, how many drivers were injured?"));
        Answer agency = folder.extractive().answer(Question.of("Which agency filed the Monday report on the landslide?"));

        // then: the Monday report's own figure, not both side by side, and its agency
        assertThat(monday.text()).contains("two drivers").doesNotContain("Four drivers");
        assertThat(agency.text()).contains("dpa");
    }

    @Test
    void should_answer_from_the_latest_or_the_first_report() {
        // when
        Answer latest = ask("What is the latest count of passengers rescued from the ferry?");
        Answer first = ask("How many passengers did the first report say were rescued from the ferry?");

        // then
        assertThat(latest.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.document()).isEqualTo(AP_FERRY));
        assertThat(first.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.document()).isEqualTo(AFP_FERRY));
    }

    @Test
    void should_name_the_agency_that_reported_a_story_first_or_last() {
        // when
        Answer first = ask("Which agency reported the Lake Mora ferry sinking first?");
        Answer last = ask("Which agency reported the Lake Mora ferry sinking most recently?");

        // then
        assertThat(first.text()).contains("AFP").doesNotContain("AP.");
        assertThat(first.sources()).extracting(Source::document).containsExactly(AFP_FERRY);
        assertThat(last.sources()).extracting(Source::document).containsExactly(AP_FERRY);
    }

    @Test
    void should_name_every_outlet_of_a_story_when_asked_for_them_all() {
        // when
        Answer outlets = ask("Which outlets reported on the Lake Mora ferry?");

        // then: both reports of the ferry, newest first, and no report of another story
        assertThat(outlets.sources()).extracting(Source::document).containsExactly(AP_FERRY, AFP_FERRY);
        assertThat(outlets.text()).contains("AFP").contains("AP");
    }

    @Test
    void should_take_the_latest_report_of_the_story_the_question_leads_to_when_it_names_none() {
        // given the folder's newest report (the Riverton flood, October) is about another story

        // when
        Answer latest = ask("How many people were on board, according to the latest figures?");

        // then it was declined, from the flood report, before "the latest" was sought within the ferry's story
        assertThat(latest.answerable()).isTrue();
        assertThat(latest.text()).contains("74 people aboard");
        assertThat(latest.sources()).extracting(Source::document).containsExactly(AP_FERRY);
    }

    @Test
    void should_take_the_latest_report_of_a_story_the_question_names_even_when_its_leads_differ() {
        // given a later report on the ferry whose lead is about its owner's arrest: not grouped with the first
        Desk folder = TestDesks.loaded(root.resolve("owner"), WIRE + AFP_FERRY, WIRE + "2025-03-09-ap-lake-mora-owner.txt",
                WIRE + "2025-10-17-ap-riverton-flood.txt");

        // when
        Answer latest = folder.extractive().answer(
                Question.of("According to the latest report, how many passengers were rescued from the Lake Mora ferry?"));

        // then it is the newest report on the story the question names, not the first one
        assertThat(latest.sources()).extracting(Source::document).containsExactly("2025-03-09-ap-lake-mora-owner.txt");
        assertThat(latest.text()).contains("31 passengers");
    }

    @Test
    void should_not_answer_for_the_latest_report_from_an_earlier_one_when_the_latest_does_not_say() {
        // given two reports of one fire, of which only the first says ships kept loading
        Desk fire = TestDesks.loaded(root.resolve("latest"), WIRE + "2025-06-02-reuters-gdansk-warehouse-fire.txt",
                WIRE + "2025-06-03-ap-gdansk-warehouse-fire.txt");

        // when
        Answer latest = fire.extractive().answer(
                Question.of("According to the latest report, did ships keep loading at the other quays?"));

        // then the latest report is AP's, although none of its sentences is near the best: Reuters' answer is not its
        assertThat(latest.sources()).extracting(Source::document)
                .doesNotContain("2025-06-02-reuters-gdansk-warehouse-fire.txt");
        assertThat(latest.answerable()).isFalse();
    }

    @Test
    void should_set_reports_with_different_figures_side_by_side_newest_first() {
        // when
        Answer answer = ask("How many passengers were rescued from the ferry?");

        // then
        assertThat(answer.text()).startsWith("The reports give different figures")
                .contains("AP, 7 March 2025: Rescue teams have now brought 31 passengers")
                .contains("AFP, 5 March 2025: Rescuers pulled 12 passengers");
        assertThat(answer.text().indexOf("AP, 7 March")).isLessThan(answer.text().indexOf("AFP, 5 March"));
        assertThat(answer.sources()).extracting(Source::document).containsExactly(AP_FERRY, AFP_FERRY);
    }

    @Test
    void should_set_reports_that_give_different_clock_times_side_by_side() {
        // given two reports of one fire that put its start at different times
        Desk fire = TestDesks.loaded(root.resolve("clock"), WIRE + "2025-06-02-reuters-gdansk-warehouse-fire.txt",
                WIRE + "2025-06-03-ap-gdansk-warehouse-fire.txt");

        // when
        Answer answer = fire.extractive().answer(Question.of("At what time did the fire at the Gdansk warehouse break out?"));

        // then
        assertThat(answer.text()).startsWith("The reports give different figures")
                .contains("AP, 3 June 2025: The fire broke out at about 12:50 a.m.")
                .contains("Reuters, 2 June 2025: The fire broke out at about 1:40 a.m.");
    }

    @Test
    void should_take_the_first_report_of_the_event_a_topic_leads_to() {
        // given: the Kos ferry told by AP (which never says it sank) and a live page the next day, beside an earlier
        // story of another ferry (Lake Mora) that shares the word "ferry"
        Desk folder = TestDesks.loaded(root.resolve("first"), WIRE + "2025-06-07-ap-kos-ferry-reef.txt",
                WIRE + "2025-06-08-island-post-live-kardamena-ferry.txt", WIRE + AFP_FERRY);

        // when
        Answer first = folder.extractive().answer(Question.of("When was the first report on the ferry sinking published?"));

        // then: AP's, the first of that event, though only the live page speaks of a sinking
        assertThat(first.text()).contains("7 June 2025");
        assertThat(first.sources()).singleElement().extracting(Source::document)
                .isEqualTo("2025-06-07-ap-kos-ferry-reef.txt");
    }

    @Test
    void should_set_beside_the_best_answer_the_sentence_of_another_report_that_counts_the_same_thing() {
        // given: AP says eight are missing; the live page's best-ranked sentence counts bodies recovered, and its
        // sentence that counts the missing ranks well below
        Desk folder = kosFerry("missing");

        // when
        Answer answer = folder.extractive().answer(Question.of("How many people are still missing from the Aegean Star?"));

        // then: each report's count of the missing, newest first, and not the bodies for the missing
        assertThat(answer.text()).startsWith("The reports give different figures")
                .contains("Island Post, 8 June 2025: Divers found three more passengers under the hull, and the coast guard"
                        + " now lists five people as missing.")
                .contains("AP, 7 June 2025: Coast guard boats and fishermen pulled 198 people from the water; eight are missing.")
                .doesNotContain("Three more bodies");
    }

    @Test
    void should_not_set_reports_side_by_side_when_the_question_takes_its_figure_from_one_source() {
        // given: the two reports of the Kos ferry give different counts of the missing
        Desk folder = kosFerry("source");

        // when: a source the filter does not know as an outlet
        Answer answer = folder.extractive().answer(
                Question.of("According to the coast guard's statement, how many people are still missing from the Aegean Star?"));

        // then
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.text()).doesNotStartWith("The reports give different figures");
        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void should_tell_a_count_per_period_from_a_count() {
        assertThat(DifferingReports.countsPerPeriod("The terminal handles about 14,000 containers a week.")).isTrue();
        assertThat(DifferingReports.countsPerPeriod("The route carries 120 freight trains per day.")).isTrue();
        assertThat(DifferingReports.countsPerPeriod("About 5,400 containers are stuck, 14 of them a week old.")).isFalse();
        assertThat(DifferingReports.countsPerPeriod("About 5,400 containers are now stuck at the terminal.")).isFalse();
    }

    @Test
    void should_leave_days_and_times_of_day_out_of_the_figures_compared() {
        // a day and a time are no count: "a 40-metre span" is all this sentence measures
        String sentence = "On Monday, 9 March 2026, at about 14.40, a 40-metre span fell; by Aug. 3 and 6 p.m. it was cleared.";
        assertThat(FigureValues.in(DifferingReports.withoutWhen(sentence)))
                .containsExactly(new java.math.BigDecimal(40).stripTrailingZeros());
        assertThat(FigureValues.in(DifferingReports.withoutWhen("Some 12.5 tonnes and 9 boats were lost at sea.")))
                .containsExactly(new java.math.BigDecimal("12.5"), new java.math.BigDecimal(9));
    }

    @Test
    void should_read_clock_times_as_minutes_after_midnight() {
        assertThat(DifferingReports.clockTimes("at about 11:20 p.m. Sunday, then 10 a.m. and 12:05 am"))
                .containsExactlyInAnyOrder(new java.math.BigDecimal(1400), new java.math.BigDecimal(600),
                        new java.math.BigDecimal(5));
        assertThat(DifferingReports.clockTimes("Route 12 and 3.5 million")).isEmpty();
    }

    @Test
    void should_set_reports_with_different_measures_side_by_side() {
        // when: a question for a measure, not a count
        Answer answer = ask("How deep is the water where the ferry wreck lies?");

        // then
        assertThat(answer.text()).startsWith("The reports give different figures")
                .contains("AP, 7 March 2025: Divers said the wreck lay in about 22 metres")
                .contains("AFP, 5 March 2025: Divers were searching the wreck, which lies in about 15 metres");
    }

    @Test
    void should_set_side_by_side_the_counts_two_reports_of_one_event_give_however_differently_worded() {
        // given: AFP gives the wheat destroyed inside a long lead about an inquiry, Bloomberg in a short sentence of its
        // own: two sentences built too differently for their embeddings to say they report the same thing
        Desk folder = TestDesks.loaded(root.resolve("wheat"), WIRE + "2025-08-18-afp-constanta-grain-fire.txt",
                WIRE + "2025-08-17-bloomberg-constanta-wheat.txt", WIRE + "2025-06-02-afp-paris-museum.txt");

        // when
        Answer answer = folder.extractive().answer(Question.of("How much wheat was destroyed in the Constanta fire?"));

        // then: both figures stand next to what the question asks about, in two reports of one event
        assertThat(answer.text()).startsWith("The reports give different figures")
                .contains("AFP, 18 August 2025: Romanian prosecutors")
                .contains("Bloomberg, 17 August 2025: About 9,500 tons of wheat were destroyed");
    }

    /** PA's report of a buoy moved off Penzance (15 metres), and the harbour's notice of it, which says what it is given. */
    private static Desk penzanceBuoy(String name, String noticeSays) throws Exception {
        Path files = Files.createDirectories(root.resolve(name + "-files"));
        Path wire = Files.writeString(files.resolve("2025-05-03-pa-penzance-buoy.txt"), """
                PENZANCE (PA) - A green buoy off Penzance's north pier has been moved about 15 metres east so that \
                dredgers can clear silt from the harbour mouth, the harbour office said on Saturday.
                """);
        Path notice = Files.writeString(files.resolve("2025-05-04-penzance-harbour-notice.txt"), """
                PENZANCE HARBOUR
                LOCAL NOTICE TO MARINERS No. 9 of 2025
                4 May 2025

                %s
                """.formatted(noticeSays));
        return TestDesks.loaded(root.resolve(name), wire.toString(), notice.toString());
    }
}
