package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePeopleTest {

    @Test
    void should_take_for_people_the_names_news_copy_treats_as_people() {
        // given: a subject "she" refers to, a subject described by age next, a name called by surname alone later,
        // and someone brought in after a verb of saying
        ArticlePeople people = ArticlePeople.in(List.of(
                "On Friday morning, Marta Olsson's phone rang twice.",
                "She was at the harbour.",
                "Jonas Berg was on the boat.",
                "The 51-year-old skipper had sailed at dawn.",
                "Ingrid Dahl joined the crew in 2019.",
                "Dahl says the work is harder now.",
                "The catch fell by a third, said Per Lund."));

        // when / then: each is the person named last in a sentence naming them
        assertThat(people.lastNamedIn("Later Marta Olsson went home.")).contains("Marta Olsson");
        assertThat(people.lastNamedIn("Jonas Berg laughed.")).contains("Jonas Berg");
        assertThat(people.lastNamedIn("Dahl agreed.")).contains("Ingrid Dahl");
        assertThat(people.lastNamedIn("The catch fell by a third, said Per Lund.")).contains("Per Lund");
    }

    @Test
    void should_take_for_a_person_a_name_a_relative_who_follows_and_no_day_after_on() {
        // given: a name brought in at a sentence's end with "who", described next; a day after "On" opening a sentence
        // a description follows
        ArticlePeople people = ArticlePeople.in(List.of(
                "Among the fans on the pitch was Pauline Steel, who has followed the club since 1968.",
                "The retired dinner lady, 71, said it was the best final yet.",
                "On Saturday the scrum-half scored the winning try.",
                "The 19-year-old dived over beside the posts.",
                "The farmer, Gwen Halstead, sat in the gallery.",
                "She said the clean-up had cost £41,000.",
                "He wrote a letter of apology to Mrs Halstead."));

        // then
        assertThat(people.lastNamedIn("Pauline Steel waved a scarf.")).contains("Pauline Steel");
        assertThat(people.isPerson("Supporter Pauline Steel")).isTrue();
        assertThat(people.lastNamedIn("On Saturday the rain stopped.")).isEmpty();
        assertThat(people.isPerson("On Saturday")).isFalse();
        // a name after "to" is no place when a title stands before it
        assertThat(people.isPerson("Gwen Halstead")).isTrue();
    }

    @Test
    void should_not_take_for_people_institutions_and_places() {
        // given: an institution with no "he" or "she" after it, a place after "at" though "she" follows it, and a
        // name that is no sentence's subject
        ArticlePeople people = ArticlePeople.in(List.of(
                "North Fjord Council has set up a fund of 2 million kroner.",
                "It will pay for hotels.",
                "For 31 years she worked at Vestby General Hospital in Moss, and she retired in 2019.",
                "Boats were moored along Harbour Road when the storm came."));

        // then
        assertThat(people.lastNamedIn("North Fjord Council said the fund would grow.")).isEmpty();
        assertThat(people.lastNamedIn("Vestby General Hospital was full.")).isEmpty();
        assertThat(people.lastNamedIn("Harbour Road was closed.")).isEmpty();
    }

    @Test
    void should_give_a_surname_two_people_share_to_the_one_brought_in_first() {
        // given: two people of one surname, brought in one after the other
        List<String> sentences = List.of("Anna Berg, a nurse, said the ward was full.", "Lars Berg, a porter, said it was calm.",
                "Berg added that nobody had complained.");

        // then: the surname alone names the first (an unordered set had made it either, depending on the run)
        assertThat(ArticlePeople.in(sentences).lastNamedIn("Berg added that nobody had complained.")).contains("Anna Berg");
    }

    @Test
    void should_take_a_name_things_are_put_into_for_a_place_whatever_apposition_follows() {
        // given: a man named by surname, then the restaurant he spoke in, with an apposition after it
        ArticlePeople people = ArticlePeople.in(List.of(
                "Tevita Fonua finished second, and he conceded at 11:09 p.m.",
                "Fonua spoke to volunteers packed into Talanoa Kitchen, the Victoria Street restaurant he opened.",
                "\"It is a busy night in here,\" said the 41-year-old."));

        // then: the person that sentence names last is the man, not the restaurant
        assertThat(people.lastNamedIn(
                "Fonua spoke to volunteers packed into Talanoa Kitchen, the Victoria Street restaurant he opened."))
                .contains("Tevita Fonua");
    }

    @Test
    void should_name_the_person_mentioned_last_in_a_sentence_naming_two() {
        // given
        ArticlePeople people = ArticlePeople.in(List.of(
                "Anna Holm met Erik Sand on Monday.",
                "Holm and Sand disagreed.",
                "\"We will appeal,\" said Lena Vik."));

        // then: by surname alone too, and a person brought in by a verb of saying counts where it stands
        assertThat(people.lastNamedIn("Holm spoke after Sand.")).contains("Erik Sand");
        assertThat(people.lastNamedIn("Sand spoke after Holm.")).contains("Anna Holm");
        assertThat(people.lastNamedIn("Holm left, said Lena Vik.")).contains("Lena Vik");
    }

    @Test
    void should_know_a_person_by_any_of_their_surnames_and_a_place_whatever_its_commas() {
        // given: a double surname used alone by its first half, a region brought in with an apposition after "in",
        // and a mine called by its last word after "at"
        ArticlePeople people = ArticlePeople.in(List.of(
                "When the gate opens, the foreman and Ramón Fernández Cueto step out.",
                "Fernández was the union delegate for twelve years.",
                "She had run farms in La Rioja, the heart of the trade, for five years.",
                "The Pozo Carrionda closed in 2018, and its men left.",
                "Her father worked at Carrionda all his life."));

        // then
        assertThat(people.lastNamedIn("Fernández laughed.")).contains("Ramón Fernández Cueto");
        assertThat(people.lastNamedIn("Growers in La Rioja, the heart of the trade, agree.")).isEmpty();
        assertThat(people.lastNamedIn("Carrionda is flooded now.")).isEmpty();
    }
}
