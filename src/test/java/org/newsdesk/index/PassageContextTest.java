package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class PassageContextTest {

    /** Sentences that make an article longer than a brief, whose later sentences all get the lead. */
    private static final String MORE = " Details were not given. Talks went on. Nobody else spoke.";

    /** An article of a lead and the sentences after it, and its passage context once the lead was read. */
    private record Read(Article article, PassageContext context) {

        static Read lead(String lead, String rest) throws Exception {
            Article article = new ArticleParser().parse("a.txt", lead + " " + rest + MORE, "h");
            PassageContext context = PassageContext.of(article);
            context.of(lead, true, false);
            return new Read(article, context);
        }

        /** The context a sentence after the lead gets. */
        List<String> of(String sentence) {
            return context.of(sentence, false, false);
        }
    }

    @Test
    void should_give_sentences_without_a_named_subject_the_subject_of_the_lead() throws Exception {
        Read read = Read.lead("Jane Doe announced a deal on Monday.", "The 55-year-old said talks were hard. Critics disagreed.");

        assertThat(PassageContext.protagonist("Jane Doe announced a deal on Monday.")).isEqualTo("Jane Doe");
        assertThat(read.of("The 55-year-old said talks were hard.")).containsExactly(
                "Jane Doe: The 55-year-old said talks were hard.", "Jane Doe is the 55-year-old.");
        assertThat(read.of("The Slovenian-born former model said both sides met."))
                .contains("Jane Doe is the Slovenian-born former model.");
        assertThat(read.of("She said she would continue.")).containsExactly("Jane Doe: She said she would continue.");
        assertThat(read.of("Critics disagreed.")).isEmpty();
    }

    @Test
    void should_read_an_interviews_answers_with_the_question_they_reply_to() throws Exception {
        Read read = Read.lead("Lena Brandt founded a glider club in 2019.", "Q: How long is a flight?");

        assertThat(read.of("Q: How long is a flight?")).isEmpty();
        assertThat(read.of("A: Forty minutes on a good day.")).containsExactly(
                "How long is a flight? A: Forty minutes on a good day.");
        assertThat(read.of("We land at 17:40.")).containsExactly("How long is a flight? We land at 17:40.");
        read.of("Q: And the price?");
        assertThat(read.of("A: Ninety euros.")).containsExactly("And the price? A: Ninety euros.");
    }

    @Test
    void should_read_a_question_pages_answers_with_the_question_heading_them() throws Exception {
        Read read = Read.lead("The council is opening a new allotment site at Ashgrove Farm.", "How much is the rent?");

        // a question heading its answer on a line of its own frames what follows
        assertThat(read.context().of("How much is the rent?", false, true)).isEmpty();
        assertThat(read.of("Tenants over 65 pay half.")).containsExactly("How much is the rent? Tenants over 65 pay half.");
        // a question inside a paragraph frames nothing
        Read asked = Read.lead("The council is opening a new allotment site at Ashgrove Farm.", "Why now?");
        assertThat(asked.of("Why now?")).isEmpty();
        assertThat(asked.of("Tenants over 65 pay half.")).isEmpty();
    }

    @Test
    void should_read_an_explainers_answers_with_the_numbered_question_over_them() throws Exception {
        Read read = Read.lead("A harbour ferry ran aground on Monday.", "1. What went wrong?");

        assertThat(read.of("1. What went wrong?")).isEmpty();
        assertThat(read.of("A steering pump failed.")).containsExactly("What went wrong? A steering pump failed.");
        read.of("2. Who is investigating?");
        assertThat(read.of("The harbour master is.")).containsExactly("Who is investigating? The harbour master is.");
    }

    @Test
    void should_give_a_person_referred_back_to_by_age_the_person_brought_in_last() throws Exception {
        // given: a lead about something else, then a person brought in after a verb of saying
        Read read = Read.lead("A building collapsed in Lagos on Tuesday.", "");
        read.of("More than 80 workers were on the site, said Ibrahim Danjuma, a foreman.");

        // then a quote of theirs, which names them only by age, is read with their name
        assertThat(read.of("\"I heard a noise like thunder,\" the 42-year-old told AFP.")).containsExactly(
                "Ibrahim Danjuma: \"I heard a noise like thunder,\" the 42-year-old told AFP.",
                "Ibrahim Danjuma is the 42-year-old.");
        // and a thing of some age is no person
        assertThat(read.of("Rescuers also searched near the 127-year-old market hall.")).isEmpty();
    }

    @Test
    void should_give_a_description_right_after_a_sentence_naming_someone_else_that_person() throws Exception {
        // given: a lead about one player, then another brought in, and described in the next sentence
        Read read = Read.lead("Amy Kerr, 19, scored twice as Harlow won the county final.",
                "Then Priya Nair, 36, came on. The veteran striker set up the winner. The 19-year-old was calm.");

        // when / then: the description is the one just named, not the lead's subject
        read.of("Then Priya Nair, 36, came on.");
        assertThat(read.of("The veteran striker set up the winner.")).first()
                .isEqualTo("Priya Nair: The veteran striker set up the winner.");
        // a description with no one named just before it is still the lead's subject
        assertThat(read.of("The 19-year-old was calm.")).first().isEqualTo("Amy Kerr: The 19-year-old was calm.");
    }

    @Test
    void should_give_a_person_described_later_in_a_feature_the_person_named_last() throws Exception {
        // given: a feature's lead about a scene, then people introduced as subjects and described afterwards
        Read read = Read.lead("At dawn on a Monday in March, the harbour at Vardø is already busy.",
                "Marit Solberg has run the fish auction since 2004. \"Prices are down,\" says the former skipper, who is 63."
                        + " Kari Lien joined her in 2021. She grew up in Oslo. At 27, the economist keeps the books.");

        // when / then: each description is read with the person named before it, not with the lead
        read.of("Marit Solberg has run the fish auction since 2004.");
        assertThat(read.of("\"Prices are down,\" says the former skipper, who is 63.")).containsExactly(
                "Marit Solberg: \"Prices are down,\" says the former skipper, who is 63.",
                "Marit Solberg is 63, the former skipper.");
        read.of("Kari Lien joined her in 2021.");
        read.of("She grew up in Oslo.");
        assertThat(read.of("At 27, the economist keeps the books.")).containsExactly(
                "Kari Lien: At 27, the economist keeps the books.", "Kari Lien is 27, the economist.");
    }

    @Test
    void should_give_he_after_a_lead_about_a_woman_the_man_named_last() throws Exception {
        // given: a lead about a woman the article calls "she", then a man named and called "he"
        Read read = Read.lead("Margo Haldane won the mayoral byelection on Saturday.",
                "Haldane, 58, thanked her volunteers. Tevita Fonua conceded at 11:09 p.m. He ruled out a recount.");
        read.of("Haldane, 58, thanked her volunteers.");
        read.of("Tevita Fonua conceded at 11:09 p.m.");

        // then: "he" is the man, "she" still the lead's subject
        assertThat(read.of("He ruled out a recount.")).containsExactly("Tevita Fonua: He ruled out a recount.");
        assertThat(read.of("She will be sworn in on July 8.")).containsExactly(
                "Margo Haldane: She will be sworn in on July 8.");
    }

    @Test
    void should_give_she_after_a_lead_that_opens_with_a_scene_the_person_named_last() throws Exception {
        // given: a feature whose lead opens with a scene, the person in it named in passing
        Read read = Read.lead("When the pager on Marlene Voss's counter goes off, the 74-year-old puts down her coffee.",
                "She has done it more than 5,000 times. Voss, a former nurse, is the crew's captain.");

        // then: "she" is that person, there being no lead subject she could stand for
        assertThat(read.of("She has done it more than 5,000 times.")).containsExactly(
                "Marlene Voss: She has done it more than 5,000 times.");
        assertThat(read.of("The garage has two ambulances.")).isEmpty();
    }

    @Test
    void should_take_the_subject_from_the_reports_first_sentence_not_from_a_standfirst() throws Exception {
        // given: a web story whose standfirst, above its byline, opens with someone other than the lead's subject
        Article article = new ArticleParser().parse("a.txt", """
                Former fire chief Margo Haldane wins Kamloops byelection

                Restaurateur Tevita Fonua concedes after trailing by 435 votes

                By Callum Ostrowski
                June 21, 2025 — 11:48 p.m.

                KAMLOOPS — Margo Haldane will be the next mayor of Kamloops after winning Saturday's byelection.

                The retired fire chief, who led Kamloops Fire Rescue until 2023, campaigned on low taxes.

                Fonua conceded at 11:09 p.m. in a speech to volunteers packed into Talanoa Kitchen, the restaurant he opened.

                "That is a busy Saturday night in here," said the 41-year-old, who moved to Kamloops from Tonga.
                """, "h");
        List<String> sentences = Indexer.passagesOf(article, 0).stream().map(Passage::text).toList();
        List<List<String>> contexts = Indexer.passagesOf(article, 0).stream().map(Passage::contexts).toList();

        // then: a description is read with the report's subject, and "the 41-year-old" with the man, not the restaurant
        assertThat(sentences.get(0)).startsWith("Restaurateur Tevita Fonua concedes");
        assertThat(contexts.get(sentences.indexOf(sentences.stream().filter(s -> s.startsWith("The retired")).findFirst().get())))
                .first().asString().startsWith("Margo Haldane: ");
        assertThat(contexts.get(sentences.size() - 1)).anyMatch(context -> context.endsWith("Tevita Fonua is the 41-year-old."));
    }

    @Test
    void should_give_a_person_described_after_a_lead_about_a_team_the_person_named_last() throws Exception {
        // given: a match report whose lead opens with the teams, then a player named and described by age
        Read read = Read.lead("Harbour Rovers beat Quay United 24-22 in the cup final on Saturday.",
                "Jamie Fearon scored the winning try. The 19-year-old joined the club in January.");
        read.of("Jamie Fearon scored the winning try.");

        // then "the 19-year-old" is the player, not the team; "they" stays with the team
        assertThat(read.of("The 19-year-old joined the club in January.")).first()
                .isEqualTo("Jamie Fearon: The 19-year-old joined the club in January.");
        assertThat(read.of("They had lost the last two finals.")).containsExactly(
                "Harbour Rovers: They had lost the last two finals.");
        // but "their" right after a sentence naming the other team is that team's
        read.of("It was a cruel end for Quay United, who led at half-time.");
        assertThat(read.of("Their coach, Sam Reid, blamed nobody.")).containsExactly(
                "Quay United: Their coach, Sam Reid, blamed nobody.");
    }

    /** A lead, the sentences after it, and the context the last of them gets (empty: none). */
    static Stream<Arguments> descriptionsAfterALead() {
        return Stream.of(
                arguments("a definite description of a thing the lead named",
                        "Harwick's Carrow Street bridge will close for a year.",
                        List.of("The 1931 span carries 14,000 vehicles a day."),
                        List.of("Harwick's Carrow Street: The 1931 span carries 14,000 vehicles a day.")),
                arguments("the institution a description refers back to",
                        "Floods hit the north.",
                        List.of("The Environment Agency issued warnings.", "More rain is due, the agency said."),
                        List.of("The Environment Agency: More rain is due, the agency said.")),
                arguments("the subject of the lead when it names something",
                        "The new library in Norhavn will open in May.",
                        List.of("The seven-storey building cost 48 million kroner."),
                        List.of("The new library in Norhavn: The seven-storey building cost 48 million kroner.")),
                arguments("the thing the sentence before opened with, for its \"it\"",
                        "Eleven people were hurt when a ship hit a pillar on Thursday.",
                        List.of("The Orlen bridge was closed overnight.", "It reopened at 06.15 on Friday."),
                        List.of("The Orlen bridge: It reopened at 06.15 on Friday.")),
                arguments("and for an \"it\" after that \"it\", and for \"it was\" and a participle",
                        "Eleven people were hurt when a ship hit a pillar on Thursday.",
                        List.of("The Orlen bridge was closed overnight.", "It reopened at 06.15 on Friday.",
                                "It was built in 1936."),
                        List.of("The Orlen bridge: It was built in 1936.")),
                arguments("not for the \"it\" of \"it was unclear\" or \"it is expected\"",
                        "Eleven people were hurt when a ship hit a pillar on Thursday.",
                        List.of("The Orlen bridge was closed overnight.", "It is expected to reopen soon."),
                        List.of()),
                arguments("not for a person the sentence before opened with",
                        "Eleven people were hurt when a ship hit a pillar on Thursday.",
                        List.of("Marta Kowalska said the bridge was closed.", "It reopened at 06.15 on Friday."),
                        List.of()),
                arguments("nothing from a lead subject that names nothing",
                        "Negotiators from 170 countries resumed talks on Monday.",
                        List.of("The talks are due to last ten days."),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptionsAfterALead")
    void should_give_a_description_after_the_lead_what_it_refers_to(String what, String lead, List<String> after,
            List<String> context) throws Exception {
        // given: the sentences after the lead read in order, up to the last
        Read read = Read.lead(lead, String.join(" ", after));
        after.subList(0, after.size() - 1).forEach(read::of);

        // then
        assertThat(read.of(after.get(after.size() - 1))).isEqualTo(context);
    }

    @Test
    void should_name_no_protagonist_when_the_lead_names_a_thing() {
        assertThat(PassageContext.protagonist("The new library in Norhavn will open in May.")).isEmpty();
    }

    @Test
    void should_add_nothing_to_a_sentence_that_names_its_subject_or_to_the_lead() throws Exception {
        Article article = new ArticleParser().parse("a.txt", "heavy rain fell. Officials left." + MORE, "h");
        PassageContext context = PassageContext.of(article);

        assertThat(context.of("heavy rain fell.", true, false)).isEmpty();
        assertThat(context.of("Officials left.", false, false)).isEmpty();
    }

    @Test
    void should_read_every_later_sentence_of_a_brief_with_the_names_of_its_lead() throws Exception {
        // given a brief of three sentences
        String lead = "Ethiopian runner Meseret Alemu won the Lindholm Marathon on Sunday.";
        Article brief = new ArticleParser().parse("a.txt",
                lead + " About 9,800 runners started the race. It rained all day.", "h");
        PassageContext context = PassageContext.of(brief);

        // when / then: the lead itself gets nothing, each later sentence the names of the lead
        assertThat(context.of(lead, true, false)).isEmpty();
        assertThat(context.of("About 9,800 runners started the race.", false, false))
                .containsExactly("Meseret Alemu, Lindholm Marathon, Sunday: About 9,800 runners started the race.");
        assertThat(context.of("It rained all day.", false, false))
                .containsExactly("Meseret Alemu, Lindholm Marathon, Sunday: It rained all day.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Harbour Ferries Ltd has begun a night sailing to Inish. | Harbour Ferries Ltd, Inish
            On Saturday the ferry began a night sailing to Inish.   | Inish
            The Harbour ferry began a night sailing to Inish.       | Inish
            """)
    void should_name_a_brief_after_a_name_of_several_words_its_lead_opens_with(String lead, String names)
            throws Exception {
        // a company or body opening a release's lead is what it is about; "On Saturday" and "The" are no names
        Article brief = new ArticleParser().parse("a.txt", lead + " About 200 passengers can travel. Tickets cost 12 euros.",
                "h");
        PassageContext context = PassageContext.of(brief);
        context.of(lead, true, false);

        assertThat(context.of("About 200 passengers can travel.", false, false))
                .containsExactly(names + ": About 200 passengers can travel.");
    }

    @Test
    void should_name_a_brief_after_the_possessive_its_lead_opens_with() throws Exception {
        // given a brief whose lead opens with the owner of its subject, and one opening with a plain word
        String lead = "Tallinn's city government will buy 23 trams, it said on Thursday.";
        Article brief = new ArticleParser().parse("a.txt", lead + " The first of them will run from 2027.", "h");

        // when / then: the possessive is a name of the lead; a capitalised opening word alone is not
        PassageContext context = PassageContext.of(brief);
        context.of(lead, true, false);
        assertThat(context.of("The first of them will run from 2027.", false, false))
                .containsExactly("Tallinn's, Thursday: The first of them will run from 2027.");
        assertThat(PassageContext.namesIn("Police closed the Harbour Road on Monday.")).isEqualTo("Harbour Road, Monday");
    }
}
