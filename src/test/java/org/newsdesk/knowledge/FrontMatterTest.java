package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Front matter of the wrong type is reported in plain words naming the field, never in Jackson's. */
class FrontMatterTest {

    private static String problem(String frontMatter) {
        try {
            FrontMatter.read("---\n" + frontMatter + "\n---\nBody text.");
        } catch (ArticleFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + frontMatter);
    }

    @Test
    void should_name_the_field_and_what_it_must_be() {
        assertThat(problem("facts: 5")).isEqualTo("bad front matter: field 'facts' must be a list of facts,"
                + " each with 'fact' and 'quote', not a number");
        assertThat(problem("facts: [~]")).isEqualTo("bad front matter: fact 1 is empty; each fact needs 'fact' and 'quote'");
        assertThat(problem("facts: [5]")).isEqualTo("bad front matter: field 'facts[1]' must be a fact with 'fact'"
                + " and 'quote', not a number");
        assertThat(problem("facts:\n  - fact: 5\n    quote: Body text.")).isEqualTo(
                "bad front matter: field 'facts[1].fact' must be text, not a number");
        assertThat(problem("title: 12345")).isEqualTo("bad front matter: field 'title' must be text, not a number");
        assertThat(problem("publisher: true")).isEqualTo("bad front matter: field 'publisher' must be text, not true or false");
        assertThat(problem("place: [Kyiv, Lviv]")).isEqualTo("bad front matter: field 'place' must be text, not a list");
        assertThat(problem("authors: 5")).isEqualTo("bad front matter: field 'authors' must be a list, not a number");
        assertThat(problem("authors: [Jane Doe, 12]")).isEqualTo("bad front matter: field 'authors[2]' must be text, not a number");
    }

    @Test
    void should_name_the_field_in_json_front_matter_too() {
        assertThatThrownBy(() -> FrontMatter.read("{\"title\": 12345}\nBody text."))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessage("bad JSON front matter: field 'title' must be text, not a number");
    }

    @Test
    void should_refuse_a_publication_date_in_the_future_or_before_1900() {
        assertThat(problem("published: 9999-12-31"))
                .isEqualTo("bad front matter: field 'published' is 9999-12-31, a date in the future");
        assertThat(problem("published: 1899-12-31")).isEqualTo("bad front matter: field 'published' is 1899-12-31, before 1900");
    }

    @Test
    void should_accept_tomorrow_for_time_zones_ahead_but_not_the_day_after() throws Exception {
        LocalDate today = LocalDate.of(2025, 10, 11);

        FrontMatter.checkPublished("2025-10-12", today);

        assertThatThrownBy(() -> FrontMatter.checkPublished("2025-10-13", today))
                .hasMessageContaining("a date in the future");
    }

    @Test
    void should_still_read_good_front_matter() throws Exception {
        FrontMatter.Parsed parsed = FrontMatter.read("---\ntitle: \"12345\"\npublished: 2025-10-11\n---\nBody text.");

        assertThat(parsed.frontMatter().title()).isEqualTo("12345");
        assertThat(parsed.frontMatter().published()).isEqualTo("2025-10-11");
    }
}
