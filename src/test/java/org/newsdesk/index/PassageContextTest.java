package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class PassageContextTest {

    /** An article of a lead and the sentences after it, and its passage context once the lead was read. */
    private record Read(Article article, PassageContext context) {

        static Read lead(String lead, String rest) throws Exception {
            Article article = new ArticleParser().parse("a.txt", lead + " " + rest, "h");
            PassageContext context = PassageContext.of(article);
            context.of(lead, true);
            return new Read(article, context);
        }

        /** The context a sentence after the lead gets. */
        List<String> of(String sentence) {
            return context.of(sentence, false);
        }
    }

    @Test
    void should_give_sentences_without_a_named_subject_the_subject_of_the_lead() throws Exception {
        Read read = Read.lead("Jane Doe announced a deal on Monday.", "The 55-year-old said talks were hard. Critics disagreed.");

        assertThat(PassageContext.protagonist(read.article())).isEqualTo("Jane Doe");
        assertThat(read.of("The 55-year-old said talks were hard.")).containsExactly(
                "Jane Doe: The 55-year-old said talks were hard.", "Jane Doe is the 55-year-old.");
        assertThat(read.of("The Slovenian-born former model said both sides met."))
                .contains("Jane Doe is the Slovenian-born former model.");
        assertThat(read.of("She said she would continue.")).containsExactly("Jane Doe: She said she would continue.");
        assertThat(read.of("Critics disagreed.")).isEmpty();
    }

    @Test
    void should_give_a_definite_description_of_a_thing_what_the_lead_named() throws Exception {
        Read read = Read.lead("Harwick's Carrow Street bridge will close for a year.",
                "The 1931 span carries 14,000 vehicles a day.");

        assertThat(read.of("The 1931 span carries 14,000 vehicles a day."))
                .containsExactly("Harwick's Carrow Street: The 1931 span carries 14,000 vehicles a day.");
    }

    @Test
    void should_name_the_institution_a_description_refers_back_to() throws Exception {
        Read read = Read.lead("Floods hit the north.",
                "The Environment Agency issued warnings. More rain is due, the agency said.");
        read.of("The Environment Agency issued warnings.");

        assertThat(read.of("More rain is due, the agency said."))
                .containsExactly("The Environment Agency: More rain is due, the agency said.");
    }

    @Test
    void should_give_a_description_the_subject_of_the_lead_when_it_names_something() throws Exception {
        Read read = Read.lead("The new library in Norhavn will open in May.",
                "The seven-storey building cost 48 million kroner.");

        assertThat(PassageContext.protagonist(read.article())).isEmpty();
        assertThat(read.of("The seven-storey building cost 48 million kroner."))
                .containsExactly("The new library in Norhavn: The seven-storey building cost 48 million kroner.");
    }

    @Test
    void should_give_nothing_from_a_lead_subject_that_names_nothing() throws Exception {
        Read read = Read.lead("Negotiators from 170 countries resumed talks on Monday.",
                "The talks are due to last ten days.");

        assertThat(read.of("The talks are due to last ten days.")).isEmpty();
    }

    @Test
    void should_add_nothing_to_a_sentence_that_names_its_subject_or_to_the_lead() throws Exception {
        Article article = new ArticleParser().parse("a.txt", "heavy rain fell. Officials left.", "h");
        PassageContext context = PassageContext.of(article);

        assertThat(context.of("heavy rain fell.", true)).isEmpty();
        assertThat(context.of("Officials left.", false)).isEmpty();
    }
}
