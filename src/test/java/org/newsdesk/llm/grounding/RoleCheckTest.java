package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.llm.grounding.Problem.Kind;

class RoleCheckTest {

    @Test
    void should_catch_the_agent_and_the_patient_swapped() {
        assertThat(swapped("Moss beat Hale in Leeds.", "Hale beat Moss in Leeds.")).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_catch_the_agent_and_the_patient_swapped_whatever_the_tagger_makes_of_the_object() {
        assertThat(swapped("Northgate had sued the farmers in May after it offered to buy only part of their land.",
                "The farmers had sued Northgate in May after it offered to buy only part of their land."))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_catch_a_named_end_moved_to_the_other_side_while_the_clause_has_another_end() {
        String support = "The tariff will apply from March to all grain sent by rail to Kazakhstan.";

        assertThat(swapped("The tariff will apply from March to all grain sent by rail from Kazakhstan.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("From March the tariff will apply to all grain sent by rail to Kazakhstan.", support)).isEmpty();
        assertThat(swapped("Divers pulled two men from a boat close to the port of Split.",
                "Divers pulled two men from a boat near the port of Split.")).isEmpty();
    }

    @Test
    void should_catch_the_one_taken_from_made_the_subject_for_a_pronoun_of_the_support() {
        String support = "The council said it would lease 40 buses from private operators for the summer.";

        assertThat(swapped("Private operators would lease 40 buses from the council for the summer.", support))
                .contains(Kind.SWAPPED_ROLE);
        assertThat(swapped("The council would lease 40 buses from private operators for the summer.", support)).isEmpty();
    }

    @Test
    void should_take_the_ones_told_to_do_something_for_those_the_doing_is_of() {
        String support = "Officials in the province ordered the evacuation of about 800 people living below a levee on Friday after engineers found leaks.";

        assertThat(swapped("Officials had ordered about 800 people below a levee to evacuate on Friday.", support)).isEmpty();
        assertThat(swapped("About 800 people had ordered officials to evacuate on Friday.", support)).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_the_subject_before_a_relative_clause_without_commas() {
        String support = "Regulators launched a review on Monday into a software fault that grounded 40 planes at Lisbon airport.";

        assertThat(swapped("A review into the software fault that grounded 40 planes at Lisbon airport was launched by regulators on Monday.", support)).isEmpty();
    }

    @Test
    void should_catch_a_direction_reversed() {
        assertThat(swapped("The tanker sailed from France to Spain.", "The tanker sailed from Spain to France."))
                .contains(Kind.REVERSED_DIRECTION);
    }

    @Test
    void should_catch_a_direction_reversed_between_unnamed_places_and_not_another_from() {
        String support = "The plan moves 350 million euros from road building to hospitals.";

        assertThat(swapped("The plan moves 350 million euros from hospitals to road building.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("The plan shifts 350 million euros to hospitals from road building.", support)).isEmpty();
    }

    @Test
    void should_catch_a_report_given_to_a_body_the_support_does_not_speak_of_whatever_the_tagger_makes_of_said() {
        String support = "Officers in Braga arrested a coach on Monday, the football federation said.";

        assertThat(swapped("The disciplinary tribunal said officers in Braga had arrested a coach on Monday.", support))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_catch_one_end_alone_given_for_the_other() {
        String support = "Greenhill will move the payroll of its staff from the Leeds firm Paywise to Kestrel's own office in York, the company said.";

        assertThat(swapped("Greenhill will move the payroll of its staff to the Leeds firm Paywise.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("Greenhill will move the payroll of its staff from the Leeds firm Paywise.", support)).isEmpty();
    }

    @Test
    void should_catch_a_year_given_as_the_other_end() {
        String support = "The board also moved the hearing for two further appeals from 2025 to 2027.";

        assertThat(swapped("The board also moved the hearing for two further appeals to 2025.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("The board also moved the hearing for two further appeals to 2027 from 2025.", support)).isEmpty();
    }

    @Test
    void should_take_the_object_of_joining_for_where_the_move_ends() {
        String support = "Harrow announced that Welsh winger Owen Price would join them from Redcastle in August.";

        assertThat(swapped("Harrow announced that Welsh winger Owen Price would join Redcastle in August.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("Harrow announced that Owen Price, a Welsh winger, would arrive from Redcastle in August.", support))
                .isEmpty();
    }

    @Test
    void should_tell_two_bodies_of_one_country_apart() {
        assertThat(swapped("The Danish coast guard said it would bar Swedish trawlers from fishing cod in Danish waters from May 1.",
                "The Danish fisheries agency said it would bar Swedish trawlers from fishing cod in Danish waters from May 1."))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_counterpart_of_a_country_for_whoever_holds_an_office_there() {
        String support = "Spain's foreign minister said she had written to Portugal's foreign minister on Monday.";

        assertThat(swapped("Spain's foreign minister said she had written to her Portuguese counterpart on Monday.", support))
                .isEmpty();
        assertThat(swapped("Spain's foreign minister said she had written to her French counterpart on Monday.", support))
                .isNotEmpty();
    }

    @Test
    void should_tell_two_names_that_share_their_last_word_apart() {
        // "Re" is tagged a preposition, "Hanseatic" an adjective after "from": both are names all the same
        String support = "The company moved its reinsurance cover from Hanseatic Re to Nordic Re in January, a switch it said would save money.";

        assertThat(swapped("The company moved its reinsurance cover from Nordic Re to Hanseatic Re in January.", support))
                .contains(Kind.REVERSED_DIRECTION);
        assertThat(swapped("In January the company switched its reinsurance cover to Nordic Re from Hanseatic Re, a move it said would save money.", support)).isEmpty();
    }

    @Test
    void should_tell_two_people_of_one_surname_apart_and_a_surname_from_its_full_name_not() {
        String support = "Anna Berg beat Erik Berg in the final.";

        assertThat(swapped("Erik Berg beat Anna Berg in the final.", support)).contains(Kind.SWAPPED_ROLE);
        assertThat(swapped("Berg beat Erik Berg in the final.", support)).isEmpty();
    }

    @Test
    void should_catch_another_actor_in_a_clause_that_a_word_of_time_opens() {
        assertThat(swapped("The court adjourned the hearing until July 8 after prosecutors asked for more time.",
                "The court adjourned the hearing until July 8 after defence lawyers asked for more time."))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_description_set_beside_the_one_in_the_role_for_theirs_whoever_owns_it() {
        String support = "South Korean President Park Min-jun welcomed her at the presidential office.";

        assertThat(swapped("Park Min-jun, South Korea's president, welcomed her at the presidential office.", support)).isEmpty();
        assertThat(swapped("Ana Castillo, Chile's president, welcomed her at the presidential office.", support))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_description_of_whose_office_after_of_set_beside_the_one_in_the_role_for_theirs() {
        String support = "Baltic Rail raised fares on Monday, the operator's chief executive Jan Novak said.";

        assertThat(swapped("Jan Novak, chief executive of Baltic Rail, said it had raised fares on Monday.",
                support)).isEmpty();
        assertThat(swapped("Eva Kral, chief executive of Baltic Rail, said it had raised fares on Monday.",
                support)).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_the_names_set_beside_a_description_for_the_description_the_support_repeats() {
        String support = "Two Baltic ferry firms, Nordlinjen and Vikferry, agreed to merge, the firms said.";

        assertThat(swapped("Nordlinjen and Vikferry said they had agreed to merge.", support)).isEmpty();
        // the names are not set beside the ones who say it
        assertThat(swapped("Nordlinjen and Vikferry said they had agreed to merge.",
                "Two Baltic ferry firms, Nordlinjen and Vikferry, agreed to merge, the unions said.")).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_let_the_same_roles_in_other_words_through() {
        assertThat(swapped("Hale was beaten by Moss in Leeds.", "Moss beat Hale in Leeds.")).isEmpty();
    }

    @Test
    void should_take_the_same_owners_thing_by_another_noun_for_a_rewording_and_another_owner_for_a_swap() {
        String support = "Ana Ruiz must pay Lindqvist's travel costs.";

        assertThat(swapped("Ana Ruiz has to pay Lindqvist's travel bill.", support)).isEmpty();
        assertThat(swapped("Lindqvist must pay Ana Ruiz's travel costs.", support)).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_name_for_a_description_the_support_gives_it_and_not_another() {
        String support = "Rugby club Stade Olonnais has signed Tama Rewiti, the club said on Monday.";

        assertThat(swapped("Stade Olonnais said on Monday it had signed Tama Rewiti.", support)).isEmpty();
        assertThat(swapped("Tama Rewiti said on Monday Stade Olonnais had signed him.", support)).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_description_for_the_name_it_stands_for_in_the_article_and_no_other() {
        ClaimPair pair = ClaimPair.of("The lockout may cut output, the company said.", "Kuusi said the lockout could cut output.");

        assertThat(RoleCheck.swapped(pair.clause(), pair.restated(), pair.source(), Map.of("compani", "kuusi"))).isEmpty();
        assertThat(RoleCheck.swapped(pair.clause(), pair.restated(), pair.source(), Map.of("compani", "orbis")))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_the_speaker_after_an_inverted_said_for_the_one_who_said_and_not_what_was_said() {
        String support = "The port director, Marta Lindqvist, said the ferry company would pay the passengers' costs.";

        assertThat(swapped("The ferry company will pay the passengers' costs, said Marta Lindqvist, the port director.", support))
                .isEmpty();
        assertThat(swapped("Marta Lindqvist will pay the passengers' costs, said the ferry company.", support))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_verb_given_the_supports_subject_for_its_object_for_the_cause_of_what_befell_it() {
        String support = "Four sheep drowned when the river flooded.";

        assertThat(swapped("The river flooded, drowning four sheep.", support)).isEmpty();
        assertThat(swapped("The river flooded, drowning four farmers.", support)).contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_the_one_given_something_with_it_for_the_one_it_was_given_to() {
        String support = "The ministry supplied Pfizer vaccines to the clinics in May.";

        assertThat(swapped("The ministry supplied the clinics with Pfizer vaccines in May.", support)).isEmpty();
        assertThat(swapped("The ministry supplied the clinics with Moderna vaccines in May.", support))
                .contains(Kind.SWAPPED_ROLE);
    }

    @Test
    void should_take_a_country_for_the_country_when_its_clause_names_only_that_one() {
        assertThat(swapped("Chile had expelled two diplomats, its foreign minister said.",
                "Chile's foreign minister said the country had expelled two diplomats.")).isEmpty();
        assertThat(swapped("Peru had expelled two diplomats, Chile's foreign minister said.",
                "Chile's foreign minister told Peru's envoy that the country had expelled two diplomats."))
                .contains(Kind.SWAPPED_ROLE);
    }

    private static Optional<Kind> swapped(String claim, String support) {
        ClaimPair pair = ClaimPair.of(claim, support);
        return RoleCheck.swapped(pair.clause(), pair.restated(), pair.source());
    }

    @Test
    void should_take_a_compound_for_the_words_it_joins() {
        // "by year-end" and "by the end of the year", both read as the agent of "recover"
        ClaimPair pair = ClaimPair.of("Growers might give up tea unless prices recover by year-end.",
                "Growers could abandon the crop if prices did not recover by the end of the year.");

        assertThat(RoleCheck.swapped(pair.clause(), pair.restated(), pair.source())).isEmpty();
    }

    @Test
    void should_still_catch_a_new_actor_whose_words_are_all_new() {
        ClaimPair pair = ClaimPair.of("Growers might give up tea unless prices recover by mid-autumn.",
                "Growers could abandon the crop if prices did not recover by the end of the year.");

        assertThat(RoleCheck.swapped(pair.clause(), pair.restated(), pair.source())).isPresent();
    }
}
