package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void should_cover_a_most_read_list_and_a_related_block_but_no_reporting() {
        // given: a page's paragraphs with a "Most read" list under them and a "Related" block after a blank line
        String body = """
                The ferry ran aground off Hvaler on Monday.

                Most read
                1. Council approves new harbour car park
                2. Bakery in Fredrikstad to close after 60 years

                Related

                - Ferry timetable cut for the winter
                - Storm warning for the coast

                The operator said repairs would take a week.
                """;
        PageFurniture furniture = PageFurniture.in(body, 0, body.length());

        // then
        assertThat(furniture.covers(body.indexOf("Most read"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Council approves"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Bakery"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Ferry timetable"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Storm warning"))).isTrue();
        assertThat(furniture.covers(body.indexOf("The ferry ran"))).isFalse();
        assertThat(furniture.covers(body.indexOf("The operator said"))).isFalse();
    }

    @Test
    void should_cover_a_link_to_another_story_after_its_label_but_not_the_paragraph_under_it() {
        // given
        String body = """
                The crater stays closed until further notice.

                Related news: Potato farmers hit by price slump
                See also: Festival returns to the plateau

                Officials will review the gas monitors next week.
                """;
        PageFurniture furniture = PageFurniture.in(body, 0, body.length());

        // then
        assertThat(furniture.covers(body.indexOf("Related news"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Festival returns"))).isTrue();
        assertThat(furniture.covers(body.indexOf("The crater"))).isFalse();
        assertThat(furniture.covers(body.indexOf("Officials will"))).isFalse();
    }

    @Test
    void should_leave_a_paragraph_under_a_lone_heading_that_is_no_list() {
        // given: a heading word alone, then reporting
        String body = "Tags\n\nThe minister said the plan would be published in May, after talks with the unions.\n";

        // then
        PageFurniture furniture = PageFurniture.in(body, 0, body.length());
        assertThat(furniture.covers(0)).isTrue();
        assertThat(furniture.covers(body.indexOf("The minister"))).isFalse();
    }

    @Test
    void should_cover_the_byline_and_date_under_a_match_result_but_no_sentence_that_opens_with_by() {
        // given: a match result heading the reporting, then its byline and date stamp, then the report
        String body = """
                Harbour Rovers 24 Quay United 22

                By Ellen Marsh
                Sunday 18 May 2025

                Jamie Fearon scored the winning try with a minute left.

                By half-time the visitors led 16-6.
                """;
        PageFurniture furniture = PageFurniture.in(body, 0, body.length());

        // then
        assertThat(furniture.covers(body.indexOf("By Ellen Marsh"))).isTrue();
        assertThat(furniture.covers(body.indexOf("Sunday 18 May"))).isTrue();
        assertThat(furniture.covers(0)).isFalse();
        assertThat(furniture.covers(body.indexOf("Jamie Fearon"))).isFalse();
        assertThat(furniture.covers(body.indexOf("By half-time"))).isFalse();
    }

    @Test
    void should_cover_nothing_of_a_story_without_furniture() {
        String body = "Most read of all his books was the first, which sold 40,000 copies.\nHe wrote six more.\n";

        assertThat(PageFurniture.in(body, 0, body.length()).covers(0)).isFalse();
    }
}
