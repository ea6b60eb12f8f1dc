package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.llm.grounding.Problem.Kind;

class FigureCheckTest {

    @Test
    void should_report_a_figure_the_support_has_no_value_of_in_any_language() {
        assertThat(FigureCheck.unsupported("Загинули 32 людини.", Figures.valuesIn("At least 31 people died.")))
                .containsExactly(new Problem(Kind.UNSUPPORTED_FIGURE, "32"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a bound dropped        | 31 people died.                 | At least 31 people died.                                 | CHANGED_MODALITY
            a figure moved         | Members want a 3 percent raise. | Members want a 6 percent raise; employers offer 3 percent. | MOVED_FIGURE
            a date not in support  | The ferry sank on Sunday.       | The ferry sank on Saturday.                              | UNSUPPORTED_FIGURE
            a rank dropped         | It is Europe's busiest port.    | It is Europe's second-busiest port.                      | MOVED_FIGURE
            a relative date moved  | The bridge will reopen next month. | The bridge will reopen this month, the council said.  | MOVED_FIGURE
            a relative date moved  | Sales fell last year.           | Sales are expected to fall next year.                    | MOVED_FIGURE
            a relative date's unit moved | The mill closed last week. | The mill closed last month, its owner said.          | MOVED_FIGURE
            a season moved         | Scanners will be installed next autumn. | Scanners will be installed next spring.       | MOVED_FIGURE
            yesterday for last week | Residents complained yesterday. | Residents complained last week.                     | MOVED_FIGURE
            next season for the season | He will stay until the end of next season. | He will stay until the end of the season. | MOVED_FIGURE
            a figure's unit of time moved | The patients will be followed for four more months. | The patients will be followed for a further four years. | MOVED_FIGURE
            an ordinal's unit of time moved | A fifth stopped within the first month. | A fifth stopped within the first year. | MOVED_FIGURE
            a hyphened unit of time moved | He was given a four-month ban. | He was given a four-year ban.             | MOVED_FIGURE
            a fraction moved       | A third of the participants got hearing aids. | Half of the participants got hearing aids. | MOVED_FIGURE
            """)
    void should_hold_each_figure_and_date_to_the_support(String what, String claim, String support, Kind kind) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(FigureCheck.problems(claim, pair.said(), support, pair.source())).extracting(Problem::kind)
                .containsExactly(kind);
    }

    @Test
    void should_keep_a_relative_date_said_in_the_same_unit() {
        String support = "The mill closed last month, its owner said.";
        String claim = "Its owner said the mill shut down last month.";
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(FigureCheck.problems(claim, pair.said(), support, pair.source())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same unit of time in other words | The patients will be followed for four more years. | The patients will be followed for a further four years.
            the same relative date      | Residents complained last week about the smell. | Residents complained last week.
            a percentage for a fraction | Camera sales fell 20 percent in China. | Camera sales dropped by a fifth in China.
            so many in so many for a fraction | About one in three of the rhinos live in Namibia. | Namibia has roughly a third of the rhinos.
            the same fraction in other words | One half of those taking part got hearing aids. | Half of the participants got hearing aids.
            """)
    void should_let_a_figure_keep_its_unit_and_share_in_other_words(String what, String claim, String support) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(FigureCheck.problems(claim, pair.said(), support, pair.source())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'a hundred and sixty thousand' for 160,000 | The ministry ordered a hundred and sixty thousand ducks culled. | false
            'a hundred and six thousand' for 160,000   | The ministry ordered a hundred and six thousand ducks culled.   | true
            'forty-one-year-old' for 41-year-old       | The pilot, a forty-one-year-old man, was unhurt.                | false
            'forty-four-year-old' for 41-year-old      | The pilot, a forty-four-year-old man, was unhurt.               | true
            """)
    void should_hold_a_number_in_words_with_and_or_a_hyphen_to_the_whole_figure(String what, String claim, boolean caught) {
        String support = "The ministry ordered 160,000 ducks culled, and the pilot, a 41-year-old man, was unhurt.";

        assertThat(FigureCheck.problems(claim, Statement.of(claim), support, Statement.of(support)).isEmpty())
                .isEqualTo(!caught);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'below' for 'less than'   | Inflation would stay below 3 percent. | Inflation would stay at 3 percent. | Inflation would stay at less than 3 percent.
            'above' for 'more than'   | Turnout was above 60 percent.         | Turnout was 60 percent.            | Turnout was more than 60 percent.
            'exceed' for 'more than'  | Costs could exceed 40 million euros.  | Costs could be 40 million euros.   | Costs could rise to more than 40 million euros.
            'top' for 'more than'     | Costs may top 40 million euros.       | Costs may be 40 million euros.     | Costs could rise to more than 40 million euros.
            'reaching' for 'up to'    | Gusts reaching 90 kilometres an hour hit the coast. | Gusts of 90 kilometres an hour hit the coast. | Gusts of up to 90 kilometres an hour hit the coast.
            'as long as' for 'up to'  | The repairs could take as long as six weeks. | The repairs could take six weeks. | The repairs could take up to six weeks.
            """)
    void should_take_a_word_of_more_or_less_than_for_a_bound_of_a_figure(String what, String claim, String bare, String support) {
        Statement source = Statement.of(support);

        assertThat(FigureCheck.problems(claim, Statement.of(claim), support, source)).isEmpty();
        // the bound said bare is still a bound dropped
        assertThat(FigureCheck.problems(bare, Statement.of(bare), support, source)).extracting(Problem::kind)
                .containsExactly(Kind.CHANGED_MODALITY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'first six months' for 'first half'    | The merger should be completed in the first six months of 2031.   | true
            'three months' for 'quarter'           | Sales fell in the last three months of the year.                  | true
            'first eight months' for 'first half'  | The merger should be completed in the first eight months of 2031. | false
            """)
    void should_count_the_months_of_a_half_or_a_quarter_of_a_year(String what, String claim, boolean supported) {
        String support = "Sales fell in the fourth quarter of the year, and the merger should be completed in the first half of 2031.";

        assertThat(FigureCheck.problems(claim, Statement.of(claim), support, Statement.of(support))).extracting(Problem::kind)
                .as(what).doesNotContain(Kind.MOVED_FIGURE).containsExactlyElementsOf(supported ? List.of()
                        : List.of(Kind.UNSUPPORTED_FIGURE));
    }

    @Test
    void should_take_a_small_count_after_a_definite_determiner_for_a_group_the_passages_count() {
        String shown = "Customs officers detained two lorry drivers at the border on Monday.\n"
                + "The drivers, who were carrying undeclared cigarettes, were released on bail.";
        String support = "The drivers, who were carrying undeclared cigarettes, were released on bail.";
        String claim = "The two drivers were released on bail.";
        String three = "The three drivers were released on bail.";
        String bare = "Two drivers were released on bail.";

        assertThat(FigureCheck.problems(claim, Statement.of(claim), support, Statement.of(support), shown)).isEmpty();
        // a count the passages do not give, or one stated as a figure rather than a group referred back to
        assertThat(FigureCheck.problems(three, Statement.of(three), support, Statement.of(support), shown))
                .extracting(Problem::kind).containsExactly(Kind.UNSUPPORTED_FIGURE);
        assertThat(FigureCheck.problems(bare, Statement.of(bare), support, Statement.of(support), shown))
                .extracting(Problem::kind).containsExactly(Kind.UNSUPPORTED_FIGURE);
        // a count the support gives of the same thing is still compared as a count
        String counted = "The two drivers were fined 400 euros.";
        String countedSupport = "The three drivers were fined 400 euros.";
        assertThat(FigureCheck.problems(counted, Statement.of(counted), countedSupport, Statement.of(countedSupport),
                shown + "\n" + countedSupport)).extracting(Problem::kind).contains(Kind.MOVED_FIGURE);
    }

    @Test
    void should_let_a_superlative_keep_its_rank_in_other_words() {
        ClaimPair pair = ClaimPair.of("The deal would create the third largest steel maker in Europe.",
                "The deal would create Europe's third-largest steel producer.");

        assertThat(FigureCheck.problems(pair.claim(), pair.said(), "The deal would create Europe's third-largest steel producer.",
                pair.source())).isEmpty();
    }

    @Test
    void should_catch_figures_swapped_between_roles() {
        ClaimPair pair = ClaimPair.of("Porto won the first leg 4-2 and went through 3-1 on aggregate.",
                "Porto won the first leg 3-1 and went through 4-2 on aggregate.");

        assertThat(FigureCheck.moves(pair.clause(), pair.restated())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'to' and 'from' swapped    | The regulator said the bank's capital ratio had risen to 171 percent from 138 percent a year earlier. | true
            'from' and 'to' reordered  | The bank's capital ratio had dropped from 171 percent a year earlier to 138 percent, the regulator said. | false
            """)
    void should_judge_figures_by_the_clause_that_gives_them(String what, String claim, boolean moves) {
        // given a clause whose words restate one clause of the support and whose figures another
        ClaimPair pair = ClaimPair.of(claim, "The regulator said the bank's capital ratio remained above the required"
                + " minimum, though it had fallen to 138 percent from 171 percent a year earlier.");

        // when / then
        assertThat(pair.said().clauses.stream().anyMatch(clause -> FigureCheck.moves(clause,
                pair.source().restated(clause), pair.source()))).isEqualTo(moves);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the whole made the part     | Twelve of the reactors were shut for checks.          | true
            the part made the whole     | Three of the twelve reactors were shut for checks.    | false
            the part made another whole | Three of the three reactors were shut for checks.     | true
            the part kept, whole left out | Three of the reactors were shut for checks.          | false
            """)
    void should_catch_the_count_of_a_whole_given_as_that_of_its_part(String what, String claim, boolean swapped) {
        String support = "Three of the twelve reactors were shut for safety checks in March.";

        assertThat(FigureCheck.partitiveSwapped(claim, support)).isEqualTo(swapped);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a third made most        | Norway catches most of the region's cod.                | true
            a third made a majority  | The majority of the region's cod is caught by Norway.   | true
            the share kept           | Norway catches roughly a third of the region's cod.     | false
            """)
    void should_catch_a_share_of_at_most_half_said_as_most(String what, String claim, boolean made) {
        assertThat(FigureCheck.shareMadeMost(claim, "Norway catches about a third of the region's cod.")).isEqualTo(made);
        // a share over half may be "most"
        assertThat(FigureCheck.shareMadeMost(claim, "Norway catches 70 percent of the region's cod.")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the day of the report given the event | The bridge collapsed on Friday, the ministry said.             | true
            each day with its verb                | The bridge collapsed on Thursday, the ministry said on Friday. | false
            a day of a noun, no verb's            | The bridge collapsed ahead of Friday's inspection.             | false
            """)
    void should_catch_a_date_moved_from_one_verb_to_another(String what, String claim, boolean moved) {
        String support = "The bridge collapsed on Thursday night, the ministry said on Friday.";

        assertThat(FigureCheck.movesDate(Statement.of(claim), Statement.of(support))).isEqualTo(moved);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            'four in ten' for '40 percent'  | Some four in ten Estonians vote online. | true
            'five in ten' for '40 percent'  | Some five in ten Estonians vote online. | false
            """)
    void should_take_so_many_in_so_many_for_the_percentage_it_is(String what, String claim, boolean supported) {
        String support = "About 40 percent of Estonians vote online.";
        assertThat(FigureCheck.unsupported(claim, FigureCheck.supportedIn(support, claim, "")).isEmpty()).isEqualTo(supported);
    }
}
