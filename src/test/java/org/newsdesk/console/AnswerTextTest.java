package org.newsdesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;
import org.newsdesk.testsupport.BridgeRepairs;

class AnswerTextTest {

    @Test
    void should_escape_control_characters_from_article_text_and_file_names_but_keep_its_own_lines() {
        // given an article whose name and text carry a newline, a terminal escape and a bidi override
        Source source = new Source("evil\n[fake.md]\u001b[2J.md", "Title\u202Ereversed", "AFP",
                LocalDate.of(2025, 10, 11), "Eight children\u001b[31m were returned.", 0.9);
        Answer answer = new Answer("How many?", "Eight children\u001b[31m were returned.", true, List.of(source),
                Mode.EXTRACTIVE, "", 5);

        // when
        String text = AnswerText.render(answer, Messages.bundled(), Locale.ENGLISH, LocalDate.of(2025, 10, 12));

        // then
        assertThat(text.chars().noneMatch(c -> c == 0x1b || c == 0x202E)).isTrue();
        assertThat(text).contains("(evil\\n[fake.md]\\u001b[2J.md)").contains("Title\\u202ereversed")
                .startsWith("Eight children\\u001b[31m were returned. [1]\n\nSources:");
    }

    private final Messages messages = Messages.from(Path.of("prompts"));
    private final Source sentence = BridgeRepairs.SENTENCE;

    @Test
    void should_mark_related_sentences_as_not_the_answer() {
        // given
        Answer declined = BridgeRepairs.declined();

        // when
        String text = AnswerText.render(declined, messages, Locale.ENGLISH, LocalDate.of(2025, 11, 1));

        // then
        assertThat(text).startsWith(declined.text())
                .contains(messages.text(Locale.ENGLISH, "related.heading") + ":\n• Bridge closes for repairs — AP, 1 October 2025")
                .contains("“Repairs on the bridge began on Monday.”")
                .doesNotContain(messages.text(Locale.ENGLISH, "sources.heading"));
    }

    @Test
    void should_list_sources_under_their_heading() {
        // given
        Answer answered = BridgeRepairs.answered();

        // when
        String text = AnswerText.render(answered, messages, Locale.ENGLISH, LocalDate.of(2025, 11, 1));

        // then
        assertThat(text).startsWith(sentence.quote() + " [1]")
                .contains(messages.text(Locale.ENGLISH, "sources.heading") + ":\n[1] Bridge closes for repairs")
                .doesNotContain(messages.text(Locale.ENGLISH, "related.heading"));
    }
}
