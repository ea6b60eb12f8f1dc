package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who fills which role, each participant shown by its head noun, or its names where it has some (without the
 * "@" groups a place name also gives, by which a capital is its country).
 */
class RolesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested the driver on Friday.                      | agent:arrest    | polic
            Police arrested the driver on Friday.                      | patient:arrest  | driver
            The driver was arrested by police on Friday.               | agent:arrest    | polic
            The driver was arrested by police on Friday.               | patient:arrest  | driver
            The tanker sailed from Spain to France.                    | prep:from:sail  | [spain]
            The tanker sailed from Spain to France.                    | prep:to:-spain  | [franc]
            The tanker sailed from Spain to France.                    | prep:to         | [franc]
            Novak opened talks with the Greens.                        | prep:with:-talk | [green]
            Ada Link criticised the move, saying fares would hurt.     | agent:say       | [ada, link]
            Police said a van skidded on the bridge, injuring two cyclists. | agent:injur | van
            Ada Link said the club had sold Moss, adding that fans were angry. | agent:ad | [ada, link]
            Ada Link must pay the fees, estimated at 900 euros, the club said. | patient:estim | fee
            Two carriers, Lufthansa and Finnair, agreed on Friday to share routes. | agent:agre | [finna]
            The residents' group on the island, led by Ada Link, called for a vote. | agent:call | group
            The chair, Maria Lund, rejected the offer, saying it was too low. | agent:reject | [maria, lund]
            The goal can be met, said the Fiscal Council.              | agent:say       | [fisca, counc]
            Hale denies taking any bribe, his lawyer, Ines Moreau, told the court. | agent:tell | [ines, morea]
            Moreau said her client had at no time met Hale alone.     | agent:meet      | client
            The ministers are expected to set the quotas in May.       | agent:set       | minist
            The quotas are expected to be set by ministers in May.     | patient:set     | quota
            The firm plans to invest 480 million euros.                | agent:invest    | firm
            """)
    void should_give_each_role_its_filler(String text, String key, String filler) {
        assertThat(slotsOf(text)).filteredOn(slot -> slot.key().equals(key)).extracting(RolesTest::shown)
                .first().isEqualTo(filler);
    }

    @Test
    void should_give_what_is_expected_no_patient_of_expecting() {
        assertThat(slotsOf("The ministers are expected to set the quotas in May.")).extracting(Slot::key)
                .doesNotContain("patient:expect");
    }

    @Test
    void should_take_a_name_set_beside_the_agent_of_by_for_an_agent_and_no_object_of_by_of_its_own() {
        List<Slot> slots = slotsOf("The ship was seized on a warrant issued by a Dutch judge, Anna Berg.");

        assertThat(slots).filteredOn(slot -> slot.key().equals("agent:issu")).extracting(RolesTest::shown)
                .containsExactly("[dutch]", "[anna, berg]");
        assertThat(slots).noneMatch(slot -> slot.key().startsWith("prep:by"));
    }

    @Test
    void should_compare_with_only_by_its_verb_or_noun() {
        assertThat(slotsOf("Novak opened talks with the Greens.")).noneMatch(slot -> slot.key().equals("prep:with"));
    }

    @Test
    void should_take_to_the_north_of_for_a_bearing_and_no_destination() {
        assertThat(slotsOf("Debris landed in the sea 600 kilometres to the north of the launch site."))
                .noneMatch(slot -> slot.key().startsWith("prep:to"));
        assertThat(slotsOf("Debris drifted to the coast.")).anyMatch(slot -> slot.key().startsWith("prep:to"));
    }

    @Test
    void should_end_a_list_after_a_preposition_at_the_phrases_set_beside_a_subject_by_commas() {
        // given a speaker set beside its description after the object of "from", and a list of three
        List<Slot> slots = slotsOf("The charity moved 300 children from Italy, Spain and Greece to Malta, its director, Ana Lopes, said.");

        // then the speaker comes from nowhere, and each of the list does
        assertThat(slots).filteredOn(slot -> slot.key().equals("prep:from")).extracting(RolesTest::shown)
                .containsExactly("[italy]", "[spain]", "[greec]");
        assertThat(slots).filteredOn(slot -> slot.key().equals("prep:to")).extracting(RolesTest::shown)
                .containsExactly("[malta]");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Inspectors came after a lorry driver at the depot was filmed taking cash from a smuggler. | patient:film | driver
            Vesta Oil on Friday sold its refinery to a Polish group.                             | agent:sell   | [vesta, oil]
            The paintings handed back on Friday by the Louvre were taken from a palace in Benin. | patient:hand | paint
            The paintings handed back on Friday by the Louvre were taken from a palace in Benin. | agent:hand   | [louvr]
            The port operator Hamburg Hafen (HHLA) said it would close two berths.                | agent:say    | [hambu, hafen, hhla]
            The harbour board closed the port on Sunday and ordered trawlers to stay ashore.     | agent:order  | board
            """)
    void should_find_a_subject_past_what_stands_between_it_and_its_verb(String text, String key, String filler) {
        assertThat(slotsOf(text)).filteredOn(slot -> slot.key().equals(key)).extracting(RolesTest::shown)
                .first().isEqualTo(filler);
    }

    @Test
    void should_take_a_verb_with_a_phrase_no_preposition_takes_before_an_auxiliary_for_the_clause_verb() {
        // "the rate" is the subject of "would rise", so "said" is no participle describing "the minister"
        assertThat(slotsOf("The minister said on Monday the rate would rise.")).anyMatch(slot -> slot.key().equals("agent:say"));
        assertThat(slotsOf("The minister said on Monday the rate would rise.")).noneMatch(slot -> slot.key().equals("patient:say"));
    }

    @Test
    void should_not_share_a_subject_with_a_verb_past_what_is_said_or_a_clause_opened() {
        // the storm cut power, not the ministry
        assertThat(slotsOf("The ministry said the storm flooded roads and cut power.")).noneMatch(slot ->
                slot.key().equals("agent:cut") && slot.who().head().equals("ministri"));
        // past "that", "asked" may join "rejected" or "paid": neither subject is given it
        assertThat(slotsOf("The union rejected claims that the company had paid the fine and asked for talks.")).noneMatch(slot ->
                slot.key().equals("agent:ask"));
    }

    private static List<Slot> slotsOf(String text) {
        return Statement.of(text).clauses.get(0).slots();
    }

    private static String shown(Slot slot) {
        List<String> names = slot.who().names().stream().filter(name -> !name.startsWith("@")).toList();
        return names.isEmpty() ? slot.who().head() : names.toString();
    }
}
