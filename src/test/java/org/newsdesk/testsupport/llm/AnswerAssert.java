package org.newsdesk.testsupport.llm;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;

/** Assertions that say what an answer is, not how it is built. */
public final class AnswerAssert extends AbstractAssert<AnswerAssert, Answer> {

    private AnswerAssert(Answer answer) {
        super(answer, AnswerAssert.class);
    }

    public static AnswerAssert assertThat(Answer answer) {
        return new AnswerAssert(answer);
    }

    public AnswerAssert isWrittenByTheModel() {
        isNotNull();
        Assertions.assertThat(actual.mode()).as("mode of %s", actual).isEqualTo(Mode.LLM);
        Assertions.assertThat(actual.notice()).as("notice").isEmpty();
        return this;
    }

    /** Quoted from the articles in place of the model's answer, with a notice saying so. */
    public AnswerAssert fallsBackToTheArticlesSaying(String notice) {
        isNotNull();
        Assertions.assertThat(actual.mode()).as("mode of %s", actual).isEqualTo(Mode.EXTRACTIVE);
        Assertions.assertThat(actual.answerable()).as("answerable").isTrue();
        Assertions.assertThat(actual.notice()).as("notice").contains(notice);
        Assertions.assertThat(actual.sources()).as("sources").isNotEmpty();
        return this;
    }

    public AnswerAssert saysTheArticlesDoNotCoverIt() {
        isNotNull();
        Assertions.assertThat(actual.answerable()).as("answerable of %s", actual).isFalse();
        Assertions.assertThat(actual.sources()).isEmpty();
        return this;
    }

    public AnswerAssert reads(String text) {
        Assertions.assertThat(actual.text()).isEqualTo(text);
        return this;
    }

    public AnswerAssert doesNotSay(String text) {
        Assertions.assertThat(actual.text()).doesNotContain(text);
        return this;
    }

    /** The sources, in order, are the passages starting with these words. */
    public AnswerAssert citesInOrder(String... passageStarts) {
        List<String> quotes = actual.sources().stream().map(Source::quote).toList();
        Assertions.assertThat(quotes).as("quotes of the sources").hasSize(passageStarts.length);
        for (int i = 0; i < passageStarts.length; i++) {
            Assertions.assertThat(quotes.get(i)).as("source [%s]", i + 1).startsWith(passageStarts[i]);
        }
        return this;
    }
}
