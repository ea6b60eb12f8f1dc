package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.llm.grounding.Problem.Kind;

class NameCheckTest {

    private static final String ELSEWHERE = "Karl Moser was convicted of fraud in Vienna. Cepa said the strike was illegal.";

    @Test
    void should_report_a_name_shown_elsewhere_but_not_in_the_support() {
        assertThat(problems("Cepa rejected the claim.", "The union rejected the claim."))
                .containsExactly(new Problem(Kind.NAME_NOT_IN_SPAN, "Cepa"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a place the support names only in a team's name | The Lund Eagles striker was sent off in a match in Lund. | The Lund Eagles striker was sent off in a match in Oslo. | true
            the place the support gives                     | The Lund Eagles striker was sent off in a match in Oslo. | The Lund Eagles striker was sent off in a match in Oslo. | false
            a place joined by its hyphen                     | The ferry, registered in Bergen, sank in the fjord.      | The Bergen-registered ferry sank in the fjord.           | false
            """)
    void should_take_no_place_the_support_names_only_inside_a_longer_name(String what, String claim, String support,
                                                                          boolean reported) {
        assertThat(problems(claim, support)).as(what).hasSize(reported ? 1 : 0);
    }

    @Test
    void should_take_the_cited_passages_name_for_the_owner_of_what_the_span_leaves_unowned() {
        String passage = "Prosecutors opened an inquiry into road contracts awarded by the city of Tarvos, and questioned the deputy mayor for roads.";
        String span = "Prosecutors questioned the deputy mayor for roads.";
        String article = passage + "\nThe mayor of Brenn said the inquiry was welcome.";
        List<GivenPassage> cited = List.of(new GivenPassage(1, passage, "A made-up article", "Newsdesk", "2026-01-01"));

        String owned = "Prosecutors questioned Tarvos's deputy mayor for roads.";
        ClaimPair kept = ClaimPair.of(owned, span);
        assertThat(NameCheck.problems(owned, kept.said(), span, kept.source(), article, cited)).isEmpty();
        String other = "Prosecutors questioned Brenn's deputy mayor for roads.";
        ClaimPair moved = ClaimPair.of(other, span);
        assertThat(NameCheck.problems(other, moved.said(), span, moved.source(), article, cited))
                .containsExactly(new Problem(Kind.NAME_NOT_IN_SPAN, "Brenn"));
    }

    @Test
    void should_take_a_name_for_the_pronoun_in_its_role() {
        assertThat(problems("Karl Moser will appeal to the Supreme Court.", "He will appeal to the Supreme Court."))
                .isEmpty();
    }

    @Test
    void should_leave_a_name_never_shown_to_the_check_of_unknown_names_and_take_the_publisher() {
        assertThat(problems("Olga Berg rejected the claim.", "The union rejected the claim.")).isEmpty();
        assertThat(problems("According to Newsdesk, the union rejected the claim.", "The union rejected the claim."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            said      | The union said the closures were unfair. | Fjordair said the closures were unfair.
            will, where the tagger took the name for a pronoun | The union will strike in May. | Fjordair will strike in May.
            """)
    void should_not_take_the_articles_subject_for_someone_the_support_describes(String what, String support,
                                                                               String claim) {
        // given an article about Fjordair whose cited sentence is the union's (a rule that let the article's
        // subject stand for "the union", "the regulator" and the like was taken back: it passed these lies)
        String article = "Fjordair, a Norwegian airline, lost money.\n" + support + "\n" + ELSEWHERE;

        // when
        List<Problem> problems = problems(claim, support, article, 2, "Fjordair to close two routes");

        // then
        assertThat(problems).containsExactly(new Problem(Kind.NAME_NOT_IN_SPAN, "Fjordair"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the one the article names most, for 'his'  | The defence will appeal, according to Falcao's lawyer. | true
            someone named less often, for 'his'         | The defence will appeal, according to Rebelo's lawyer. | false
            """)
    void should_take_the_most_named_for_a_possessive_pronoun(String what, String claim, boolean taken) {
        // given an article that names Falcao twice and his aide once before "His lawyer"
        String support = "His lawyer said the defence would appeal.";
        String article = "A court sentenced Rui Falcao to six years.\nJudge Helena Matos said Falcao took bribes.\n"
                + "His aide, Joana Rebelo, was acquitted.\n" + support;

        // when
        List<Problem> problems = problems(claim, support, article, 4, "Former mayor jailed");

        // then
        assertThat(problems.isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the most named, for 'the company' in its role   | Veldmark now forecasts revenue of 6.2 billion euros. | The company now expects revenue of 6.2 billion euros. | true
            the most named, in no role the sentence reads   | Veldmark is under investigation by prosecutors.    | Prosecutors are investigating the company.          | true
            the most named, for a description of another clause | Veldmark had demanded a raise.              | The union had demanded a raise, while the company offered less. | false
            the most named, for a company introduced apart  | Veldmark paid the bribes.                           | The firm paid the bribes.                           | false
            someone named less often, for 'the company'     | Orbis now expects revenue of 6.2 billion euros.     | The company now expects revenue of 6.2 billion euros. | false
            the most named, beside a description in another role | The recall could cost Veldmark up to 60 million euros. | Analysts said the recall could cost the company up to 60 million euros. | true
            """)
    void should_take_the_most_named_for_a_bare_definite_description(String what, String claim, String support,
                                                                     boolean taken) {
        // given an article about Veldmark, which names a rival once and a firm by a description of its own
        String article = "Veldmark shares slide\nShares in chip maker Veldmark fell after it cut its forecast.\n"
                + "Rival firm Orbis was unaffected, and a Malaysian firm was raided.\nVeldmark has 9,000 staff.\n" + support;

        // when
        List<Problem> problems = problems(claim, support, article, 4, "Veldmark shares slide");

        // then
        assertThat(problems.isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the most named, owning what 'the company' owns | Veldmark's older plant in Penang will close. | true
            someone named less often, owning it            | Orbis's older plant in Penang will close.    | false
            """)
    void should_take_the_most_named_for_a_bare_definite_description_as_owner(String what, String claim, boolean taken) {
        // given an article about Veldmark that names a rival once
        String support = "The company's older plant in Penang will close.";
        String article = "Veldmark shares slide\nShares in chip maker Veldmark fell after it cut its forecast.\n"
                + "Rival firm Orbis was unaffected.\nVeldmark has 9,000 staff.\n" + support;

        // when
        List<Problem> problems = problems(claim, support, article, 4, "Veldmark shares slide");

        // then
        assertThat(problems.isEmpty()).isEqualTo(taken);
    }

    @Test
    void should_not_take_a_speaker_after_a_comma_for_a_description_set_beside_a_name() {
        // given an article whose opening ends "..., Malaysia, the company said": Malaysia is no company
        String support = "The company now expects revenue of 6.2 billion euros.";
        String article = "Veldmark shares slide\nChip maker Veldmark shut its plant in Penang, Malaysia, the company said.\n"
                + "Veldmark has 9,000 staff.\n" + support;

        // when
        List<Problem> problems = problems("Veldmark now forecasts revenue of 6.2 billion euros.", support, article, 3,
                "Veldmark shares slide");

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void should_tell_which_name_a_description_of_the_sentence_stands_for() {
        // given an article about Kuusi that names the union it bargains with
        String support = "Kuusi said the lockout could cut output.";
        String article = "Kuusi to lock out workers\nPaper maker Kuusi will lock out workers after talks with the "
                + "Paperworkers' Union broke down.\nUnion chairman Petri Vainio accused Kuusi of bad faith.\n" + support;
        String claim = "The lockout may cut output, the company said, not the union.";
        ClaimPair pair = ClaimPair.of(claim, support);
        List<GivenPassage> cited = List.of(new GivenPassage(3, support, "Kuusi to lock out workers", "Newsdesk", "2026-01-01"));

        // when
        Map<String, String> named = NameCheck.namedByDescriptions(pair.said(), pair.source(), article, cited);

        // then "the company" is Kuusi, "the union" the one named so
        assertThat(named).containsEntry("compani", "kuusi").doesNotContainKey("union");
    }

    private static List<Problem> problems(String claim, String support) {
        return problems(claim, support, support + "\n" + ELSEWHERE, 1, "A made-up article");
    }

    /** The name check's problems with a claim citing its support, passage {@code ordinal} of the article shown. */
    private static List<Problem> problems(String claim, String support, String article, int ordinal, String title) {
        ClaimPair pair = ClaimPair.of(claim, support);
        List<GivenPassage> cited = List.of(new GivenPassage(ordinal, support, title, "Newsdesk", "2026-01-01"));
        return NameCheck.problems(claim, pair.said(), support, pair.source(), article, cited);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the titles swapped                  | Goalkeeper Ivo Marek and striker Tomas Hruby were sent off.        | true
            a title that opens the sentence kept | Striker Ivo Marek was sent off with the goalkeeper Tomas Hruby.   | false
            a title set after the name          | Ivo Marek, a striker, and goalkeeper Tomas Hruby were sent off.   | false
            """)
    void should_catch_a_title_the_support_gives_another_name(String what, String claim, boolean swaps) {
        String support = "Striker Ivo Marek and goalkeeper Tomas Hruby were sent off in the second half.";

        assertThat(NameCheck.swapsTitles(Statement.of(claim), support)).isEqualTo(swaps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the passage's own speaker                  | Moser said the plant must close.  | false
            a speaker named elsewhere in the passages  | Cepa said the plant must close.   | true
            one of two speakers of the passage         | Berg said the plant must close.   | true
            """)
    void should_take_a_name_the_cited_passage_gives_the_same_role_outside_the_cited_words(String what, String claim,
                                                                                          boolean reported) {
        // given a passage whose speaker is left out of the words cited
        String span = "the plant must close";
        String passage = "Karl Moser said the plant must close by May.";
        String other = "Karl Moser said the plant must close, and Olga Berg said the mine would stay open.";
        String citedText = claim.startsWith("Berg") ? other : passage;
        ClaimPair pair = ClaimPair.of(claim, span);
        List<GivenPassage> cited = List.of(new GivenPassage(1, citedText, "A made-up article", "Newsdesk", "2026-01-01"));

        // when
        List<Problem> problems = NameCheck.problems(claim, pair.said(), span, pair.source(), citedText + "\n" + ELSEWHERE, cited);

        // then
        assertThat(problems.stream().anyMatch(problem -> problem.kind() == Kind.NAME_NOT_IN_SPAN)).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "according to" for "said"                | According to mayor Anna Lind, the bridge will probably reopen in June. | Port Alva mayor Anna Lind said the bridge would probably reopen in June.     | false
            "said" for "according to"                | The bridge will probably reopen in June, Tidewatch said.               | The bridge would probably reopen in June, according to the monitor Tidewatch. | false
            a name beside the speaker, not speaking  | The bridge will probably reopen in June, Rolf Hagen said.              | Port Alva mayor Anna Lind said the bridge would probably reopen in June.     | true
            one of two speakers of the passage       | According to Anna Lind, the bridge will probably reopen in June.       | Anna Lind said the bridge would probably reopen in June, and Rolf Hagen said the ferry would stop. | true
            """)
    void should_take_the_one_speaker_of_the_cited_passage_by_either_wording(String what, String claim, String passage,
                                                                           boolean reported) {
        // given a passage whose one speaker is left out of the words cited, and another name shown elsewhere
        String span = "the bridge would probably reopen in June";
        ClaimPair pair = ClaimPair.of(claim, span);
        List<GivenPassage> cited = List.of(new GivenPassage(1, passage, "A made-up article", "Newsdesk", "2026-01-01"));

        // when
        List<Problem> problems = NameCheck.problems(claim, pair.said(), span, pair.source(),
                passage + "\nRolf Hagen runs the ferry.", cited);

        // then
        assertThat(problems.stream().anyMatch(problem -> problem.kind() == Kind.NAME_NOT_IN_SPAN)).isEqualTo(reported);
    }

    @Test
    void should_take_a_place_for_its_adjective_and_the_adjective_for_its_place() {
        // given a span that names the country only in its own language ("Nederlandsche"), in an article that says "Dutch" elsewhere
        String span = "The merger still needs the approval of De Nederlandsche Bank";
        String article = span + "\nDutch pension funds are the largest in Europe.";

        // then "Dutch" is the span's country, and "Flanders" the place the passages call "Flemish"
        assertThat(problems("Approval from the Dutch central bank is still required for the merger.", span, article, 1,
                "A made-up article")).isEmpty();
        assertThat(Names.unknownIn("The minister of Flanders spoke.", List.of(new GivenPassage(1,
                "The Flemish education minister spoke.", "A made-up article", "Newsdesk", "2026-01-01")))).isEmpty();
        assertThat(Names.unknownIn("The minister of Wallonia spoke.", List.of(new GivenPassage(1,
                "The Flemish education minister spoke.", "A made-up article", "Newsdesk", "2026-01-01"))))
                .containsExactly("Wallonia");
    }
}
