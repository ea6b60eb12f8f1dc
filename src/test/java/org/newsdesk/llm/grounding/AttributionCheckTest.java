package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a word of saying          | The union says its members want a raise. | true
            the speaker as subject    | The Unite union is seeking a raise.      | true
            the speaker in a relative clause | Members want a raise, which the Unite union put at 5 percent. | true
            a view held               | In the view of the Unite union, its members want a raise. | true
            a belief                  | The Unite union believes its members want a raise.         | true
            neither                   | Members of Unite want a raise.           | false
            """)
    void should_keep_an_attribution_by_a_word_of_saying_or_the_speaker_as_subject(String what, String claim,
                                                                                  boolean keeps) {
        String reported = "The Unite union said its members wanted a 5 percent raise.";

        assertThat(AttributionCheck.keepsAttribution(claim, reported)).isEqualTo(keeps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            advised, recommended | The regulator advised that rail fares should be frozen for a year.          | The regulator recommended a one-year freeze on rail fares. | true
            advised, dropped     | The regulator advised that rail fares should be frozen for a year.          | Rail fares will be frozen for a year.                     | false
            disputed, contested  | Operators said the levy had cost 800 jobs, a figure the regulator disputed. | The regulator contested the operators' figure of 800 jobs lost to the levy. | true
            """)
    void should_keep_an_attribution_by_another_word_for_the_support_s_verb_of_saying(String what, String reported,
                                                                                     String claim, boolean keeps) {
        assertThat(AttributionCheck.keepsAttribution(claim, reported)).isEqualTo(keeps);
    }

    @Test
    void should_not_take_a_word_of_reporting_in_what_is_reported_for_the_attribution_according_to_someone() {
        String reported = "The airline will probably announce job cuts in March, according to union officials.";

        assertThat(AttributionCheck.keepsAttribution("The airline will probably announce job cuts in March.", reported))
                .isFalse();
        assertThat(AttributionCheck.keepsAttribution("Union officials expect the airline to announce job cuts in March.",
                reported)).isTrue();
    }

    @Test
    void should_not_take_a_verb_of_reporting_inside_what_a_sayer_says_for_the_attribution() {
        String reported = "The league fined the club 2 million euros after concluding that it had broken spending rules, "
                + "the league's disciplinary panel said.";
        List<GivenPassage> cited = List.of(new GivenPassage(1, reported, "A made-up article", "Newsdesk", "2026-01-01"));
        String dropped = "The league fined the club 2 million euros after concluding that it had broken spending rules.";
        String kept = "The league's disciplinary panel said the club was fined 2 million euros after the league concluded "
                + "that it had broken spending rules.";

        assertThat(AttributionCheck.loses(dropped, Statement.of(dropped), List.of(reported), cited)).isTrue();
        assertThat(AttributionCheck.loses(kept, Statement.of(kept), List.of(reported), cited)).isFalse();
    }

    @Test
    void should_lose_the_one_who_says_a_denial_is_made() {
        String reported = "The mayor denies any wrongdoing, her spokesman said.";
        List<GivenPassage> cited = List.of(new GivenPassage(1, reported, "A made-up article", "Newsdesk", "2026-01-01"));
        String dropped = "The mayor denies any wrongdoing.";
        String kept = "The mayor rejects any wrongdoing, according to her spokesman.";

        assertThat(AttributionCheck.loses(dropped, Statement.of(dropped), List.of(reported), cited)).isTrue();
        assertThat(AttributionCheck.loses(kept, Statement.of(kept), List.of(reported), cited)).isFalse();
    }

    @Test
    void should_take_a_verb_before_a_clause_without_that_for_one_that_reports_it() {
        // given a forecast reported with "that" and restated without it
        String reported = "Most analysts polled by a news agency had forecast that the bank would hold rates until May.";

        // then the forecast stays theirs, but not when no verb is left to report it
        assertThat(AttributionCheck.keepsAttribution("Most analysts in a poll had predicted the bank would hold rates "
                + "until May.", reported)).isTrue();
        assertThat(AttributionCheck.keepsAttribution("The bank would hold rates until May.", reported)).isFalse();
        // a verb that ends one phrase before another's modal reports nothing
        assertThat(Statement.of("Fish is sent to processing plants in Vigo the ban could hit.").reportingVerbs).isEmpty();
    }

    @Test
    void should_not_take_a_noun_of_what_is_reported_for_an_attribution() {
        String reported = "The agency said it had received 27 reports of eye infections.";

        assertThat(AttributionCheck.keepsAttribution("There have been 27 reports of eye infections.", reported)).isFalse();
        assertThat(AttributionCheck.keepsAttribution("The agency has had 27 reports of eye infections, it reported.", reported))
                .isTrue();
    }

    @Test
    void should_take_a_noun_of_saying_with_its_author_for_an_attribution() {
        String reported = "The Norwegian budget carrier Fjellfly, one of the complainants, has accused Polaris of abusing "
                + "its dominance at Helsinki airport, a charge the Finnish Competition and Consumer Authority is examining.";

        assertThat(AttributionCheck.keepsAttribution("The Finnish Competition and Consumer Authority is examining a charge "
                + "by Fjellfly, the Norwegian budget airline, that Polaris has abused its dominance at Helsinki airport.", reported))
                .isTrue();
    }

    @Test
    void should_not_take_a_country_for_the_body_of_it_that_speaks() {
        String reported = "Denmark closed its embassy in Oslo on Friday after Norway expelled two diplomats, the Danish foreign ministry said.";

        assertThat(AttributionCheck.keepsAttribution("Denmark closed its embassy in Oslo on Friday after Norway expelled two diplomats.",
                reported)).isFalse();
        assertThat(AttributionCheck.keepsAttribution("The Danish foreign ministry closed its embassy in Oslo on Friday.",
                reported)).isTrue();
    }

    @Test
    void should_find_an_attribution_lost_from_the_part_of_the_passage_the_span_is_in() {
        String passage = "Officials estimate that the fire destroyed 300 homes.";
        String claim = "The fire destroyed 300 homes.";

        assertThat(AttributionCheck.loses(claim, Statement.of(claim), List.of("the fire destroyed 300 homes"),
                List.of(new GivenPassage(1, passage, "A made-up article", "Newsdesk", "2026-01-01")))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the act before "and said"  | Mayor Ines Duarte opened the bridge | false
            the words after "and said" | traffic would ease by spring        | true
            """)
    void should_report_only_what_a_verb_of_saying_joined_by_and_takes(String what, String span, boolean reported) {
        String passage = "Mayor Ines Duarte opened the bridge and said traffic would ease by spring.";

        assertThat(Attributions.reports(Attributions.partHolding(passage, List.of(span)))).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a span that stops before the attribution | The harbour will reopen to fishing boats on Monday                                 | false
            a span that takes it in                  | The harbour will reopen to fishing boats on Monday, the port authority said | true
            """)
    void should_report_only_what_the_span_reaches(String what, String span, boolean reported) {
        String passage = "The harbour will reopen to fishing boats on Monday, the port authority said.";

        assertThat(Attributions.reports(Attributions.partHolding(passage, List.of(span)))).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another speaker by a common noun   | The council said the bridge would reopen in May.   | true
            the same speaker by a common noun  | The operator said the bridge would reopen in May.  | false
            a speaker named                    | Mayor Lena Holt said the bridge would reopen in May. | false
            """)
    void should_catch_what_the_support_reports_given_to_another_speaker(String what, String claim, boolean misattributes) {
        ClaimPair pair = ClaimPair.of(claim,
                "The bridge would reopen in May, ahead of a council deadline of June, the operator said on Tuesday.");

        assertThat(AttributionCheck.misattributes(pair.said(), pair.source(), Map.of())).isEqualTo(misattributes);
    }

    @Test
    void should_catch_what_the_support_reports_given_to_a_party_it_names_by_the_same_head_noun() {
        ClaimPair pair = ClaimPair.of("The port authority said an inspector was fined.",
                "An inspector of the port authority was fined for taking gifts, the district prosecutor's authority said.");

        assertThat(AttributionCheck.misattributes(pair.said(), pair.source(), Map.of())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another speaker by a common noun   | Economists said the ferry line would close in March.        | true
            the speaker by its name            | Nordlys Ferjer said the ferry line would close in March.    | false
            """)
    void should_take_the_one_words_are_according_to_for_their_speaker(String what, String claim, boolean misattributes) {
        ClaimPair pair = ClaimPair.of(claim, "The ferry line would close in March, according to the operator Nordlys Ferjer.");

        assertThat(AttributionCheck.misattributes(pair.said(), pair.source(), Map.of())).isEqualTo(misattributes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            officials of another country      | Danish officials said Norway would reopen the border crossing.   | true
            the speaker by a description      | Norway's trade minister said Norway would reopen the border crossing. | false
            """)
    void should_take_the_subject_of_an_earlier_verb_for_the_speaker_of_one_joined_to_it(String what, String claim,
                                                                                        boolean misattributes) {
        // "and said" has no subject of its own: the minister's, who thanked Denmark, is its
        ClaimPair pair = ClaimPair.of(claim, "Norway's trade minister, Kari Holm, thanked Denmark and said Norway would "
                + "reopen the border crossing.");

        assertThat(AttributionCheck.misattributes(pair.said(), pair.source(), Map.of())).isEqualTo(misattributes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another speaker by a common noun   | Traders said the smelter would shut for two weeks. | true
            the speaker by the name in brackets | SKM said the smelter would shut for two weeks.    | false
            """)
    void should_find_a_speaker_past_a_name_in_brackets(String what, String claim, boolean misattributes) {
        ClaimPair pair = ClaimPair.of(claim, "The smelter would shut for two weeks, the owner Suomen Kupari Metalli (SKM) said.");

        assertThat(AttributionCheck.misattributes(pair.said(), pair.source(), Map.of())).isEqualTo(misattributes);
    }

    @Test
    void should_take_a_name_in_brackets_for_another_name_of_the_speaker_before_it() {
        ClaimPair pair = ClaimPair.of("SKM said the smelter would shut for two weeks.",
                "The smelter would shut for two weeks, the owner Suomen Kupari Metalli (SKM) said.");

        assertThat(RoleCheck.swapped(pair.clause(), pair.restated(), pair.source(), Map.of())).isEmpty();
        assertThat(pair.source().clauses.get(0).slots()).filteredOn(slot -> slot.key().equals("agent:say"))
                .extracting(slot -> slot.who().names().contains("skm")).containsExactly(true);
    }

    @Test
    void should_lose_what_is_according_to_someone_when_the_sentence_drops_them() {
        String reported = "Exports of frozen fish rose 12 percent last year, according to the fisheries board.";
        List<GivenPassage> cited = List.of(new GivenPassage(1, reported, "A made-up article", "Newsdesk", "2026-01-01"));
        String dropped = "Exports of frozen fish rose 12 percent last year.";
        String kept = "The fisheries board says frozen fish exports grew 12 percent last year.";

        assertThat(AttributionCheck.loses(dropped, Statement.of(dropped), List.of(reported), cited)).isTrue();
        assertThat(AttributionCheck.loses(kept, Statement.of(kept), List.of(reported), cited)).isFalse();
    }

    @Test
    void should_take_that_before_a_name_for_the_opening_of_a_clause_reported() {
        // the tagger may call "that" a pronoun; before a name it opens what the auditors found
        assertThat(Statement.of("The auditors found that Halvard had hidden losses from its bank.").reportingVerbs)
                .contains("find");
        assertThat(Statement.of("The auditors found that report useful.").reportingVerbs).isEmpty();
    }

    @Test
    void should_take_that_before_a_plural_noun_for_the_opening_of_a_clause_reported() {
        // a demonstrative "that" takes a singular noun: before "foreign investors" it opens what is contended
        String claim = "For years the government has contended that foreign investors got an excessive share of the profits.";
        assertThat(Statement.of(claim).reportingVerbs).contains("contend");
        assertThat(AttributionCheck.keepsAttribution(claim, "The government has long argued that foreign investors got too much.")).isTrue();
        assertThat(Statement.of("The auditors found that old report useful.").reportingVerbs).isEmpty();
    }

    @Test
    void should_not_take_a_word_of_a_name_for_a_word_of_saying() {
        assertThat(Attributions.attributionWordsIn("Halvard sold fish in the United States.")).isEmpty();
        assertThat(Attributions.attributionWordsIn("Reports by Halvard show it sold fish.")).contains("reports", "show");
    }
}
