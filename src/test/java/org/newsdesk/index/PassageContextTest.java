package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class PassageContextTest {

    @Test
    void should_give_sentences_without_a_named_subject_the_subject_of_the_lead() throws Exception {
        Article article = new ArticleParser().parse("a.txt",
                "Jane Doe announced a deal on Monday. The 55-year-old said talks were hard. Critics disagreed.", "h");
        PassageContext context = PassageContext.of(article);

        context.of("Jane Doe announced a deal on Monday.", true);

        assertThat(PassageContext.protagonist(article)).isEqualTo("Jane Doe");
        assertThat(context.of("The 55-year-old said talks were hard.", false)).containsExactly(
                "Jane Doe: The 55-year-old said talks were hard.", "Jane Doe is the 55-year-old.");
        assertThat(context.of("The Slovenian-born former model said both sides met.", false))
                .contains("Jane Doe is the Slovenian-born former model.");
        assertThat(context.of("She said she would continue.", false))
                .containsExactly("Jane Doe: She said she would continue.");
        assertThat(context.of("Critics disagreed.", false)).isEmpty();
    }

    @Test
    void should_give_a_definite_description_of_a_thing_what_the_lead_named() throws Exception {
        String text = "Harwick's Carrow Street bridge will close for a year. The 1931 span carries 14,000 vehicles a day.";
        Article article = new ArticleParser().parse("a.txt", text, "h");
        PassageContext context = PassageContext.of(article);

        context.of("Harwick's Carrow Street bridge will close for a year.", true);

        assertThat(context.of("The 1931 span carries 14,000 vehicles a day.", false))
                .containsExactly("Harwick's Carrow Street: The 1931 span carries 14,000 vehicles a day.");
    }

    @Test
    void should_name_the_institution_a_description_refers_back_to() throws Exception {
        String text = "Floods hit the north. The Environment Agency issued warnings. More rain is due, the agency said.";
        Article article = new ArticleParser().parse("a.txt", text, "h");
        PassageContext context = PassageContext.of(article);

        context.of("Floods hit the north.", true);
        context.of("The Environment Agency issued warnings.", false);

        assertThat(context.of("More rain is due, the agency said.", false))
                .containsExactly("The Environment Agency: More rain is due, the agency said.");
    }

    @Test
    void should_give_a_description_the_subject_of_the_lead_when_it_names_something() throws Exception {
        Article article = new ArticleParser().parse("a.txt",
                "The new library in Norhavn will open in May. The seven-storey building cost 48 million kroner.", "h");
        PassageContext context = PassageContext.of(article);

        context.of("The new library in Norhavn will open in May.", true);

        assertThat(PassageContext.protagonist(article)).isEmpty();
        assertThat(context.of("The seven-storey building cost 48 million kroner.", false))
                .containsExactly("The new library in Norhavn: The seven-storey building cost 48 million kroner.");
    }

    @Test
    void should_give_nothing_from_a_lead_subject_that_names_nothing() throws Exception {
        Article article = new ArticleParser().parse("a.txt",
                "Negotiators from 170 countries resumed talks on Monday. The talks are due to last ten days.", "h");
        PassageContext context = PassageContext.of(article);

        context.of("Negotiators from 170 countries resumed talks on Monday.", true);

        assertThat(context.of("The talks are due to last ten days.", false)).isEmpty();
    }

    @Test
    void should_add_nothing_to_a_sentence_that_names_its_subject_or_to_the_lead() throws Exception {
        Article article = new ArticleParser().parse("a.txt", "heavy rain fell. Officials left.", "h");
        PassageContext context = PassageContext.of(article);

        assertThat(context.of("heavy rain fell.", true)).isEmpty();
        assertThat(context.of("Officials left.", false)).isEmpty();
    }
}
