package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.Progress;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;

class DifferingReportsTest {

    private static final Path DEV_ARTICLES = Path.of("src/test/resources/devcorpus/articles");

    @TempDir
    Path root;

    @Test
    void should_not_set_another_count_beside_the_figure_for_what_is_asked() {
        // given the dev corpus (its tuning half asks this), with three reports of one flood: the first gives
        // the homeless next to its death toll; the later ones their death tolls and, apart, the evacuated
        Desk desk = Desk.open(DEV_ARTICLES, TestDesks.PROMPTS, root.resolve("data"), SharedModel.get());
        desk.reload(Progress.NONE);

        // when
        Answer answer = desk.extractive().answer(Question.of("How many people were evacuated in northern Portugal?"));

        // then: a figure for the evacuated, and no death toll set beside it as another count
        assertThat(answer.answerable()).isTrue();
        assertThat(answer.text()).containsAnyOf("4,000", "5,200", "6,000").doesNotContain("death toll");
    }
}
