package org.newsdesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;

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
        assertThat(text).contains("[evil\\n[fake.md]\\u001b[2J.md]").contains("Title\\u202ereversed")
                .startsWith("Eight children\\u001b[31m were returned.\n\nSources:");
    }
}
