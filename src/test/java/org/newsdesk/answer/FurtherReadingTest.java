package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.testsupport.TestDesks;

/** Reading on after an answer: more of the cited article, and the other reports on the question. */
class FurtherReadingTest {

    private static final Path ARTICLES = Path.of("src/test/resources/devcorpus/articles");
    private static final String REUTERS = "2025-04-14-reuters-uk-ambulances-kyiv.txt";
    private static final String BLOOMBERG = "2025-04-16-bloomberg-uk-ambulances.txt";

    @TempDir
    Path root;

    @Test
    void should_give_more_of_the_cited_article_and_the_other_report_on_the_same_question() {
        // given two reports of one handover, and the first article an answer to the question cites
        Desk desk = TestDesks.loaded(root, ARTICLES.resolve(REUTERS).toString(), ARTICLES.resolve(BLOOMBERG).toString());
        Question question = Question.of("How many armoured ambulances did Britain hand over to Ukraine?");
        Answer answer = desk.extractive().answer(question);
        assertThat(answer.answerable()).isTrue();
        String cited = answer.sources().get(0).document();
        List<String> shown = answer.sources().stream().map(Source::quote).toList();

        // when
        List<Source> more = desk.furtherReading().moreFrom(question, cited, shown);
        List<Source> others = desk.furtherReading().otherReports(question, List.of(cited));

        // then
        assertThat(more).isNotEmpty().hasSizeLessThanOrEqualTo(FurtherReading.MORE_SENTENCES)
                .allSatisfy(source -> assertThat(source.document()).isEqualTo(cited))
                .noneSatisfy(source -> assertThat(shown).contains(source.quote()));
        assertThat(others).singleElement().satisfies(source -> assertThat(source.document()).isNotEqualTo(cited)
                .isIn(REUTERS, BLOOMBERG));
        assertThat(desk.furtherReading().moreFrom(question, "gone.md", shown)).isEmpty();
    }
}
