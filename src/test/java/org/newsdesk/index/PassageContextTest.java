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

        String protagonist = PassageContext.protagonist(article);

        assertThat(protagonist).isEqualTo("Jane Doe");
        assertThat(PassageContext.of("The 55-year-old said talks were hard.", protagonist)).containsExactly(
                "Jane Doe: The 55-year-old said talks were hard.", "Jane Doe is the 55-year-old.");
        assertThat(PassageContext.of("The Slovenian-born former model said both sides met.", protagonist))
                .contains("Jane Doe is the Slovenian-born former model.");
        assertThat(PassageContext.of("She said she would continue.", protagonist))
                .containsExactly("Jane Doe: She said she would continue.");
        assertThat(PassageContext.of("Critics disagreed.", protagonist)).isEmpty();
    }

    @Test
    void should_add_nothing_when_the_lead_does_not_open_with_a_name() throws Exception {
        Article article = new ArticleParser().parse("a.txt", "heavy rain fell. She left.", "h");

        assertThat(PassageContext.protagonist(article)).isEmpty();
        assertThat(PassageContext.of("She left.", "")).isEmpty();
    }
}
