package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.testsupport.telegram.TelegramHtml;

class ChunkerTest {

    @Test
    void should_keep_a_short_reply_in_one_message() {
        // when
        List<List<Span>> messages = new Chunker().split(new Rich().bold("Sources").line().plain("One.").spans());

        // then
        assertThat(messages).hasSize(1);
        assertThat(Html.render(messages.get(0))).isEqualTo("<b>Sources</b>\nOne.");
    }

    @Test
    void should_cut_at_the_last_sentence_end_that_fits() {
        // given
        Rich reply = Rich.of("First sentence here. Second sentence here. Third one.");

        // when
        List<List<Span>> messages = new Chunker(30).split(reply.spans());

        // then
        assertThat(messages).extracting(Html::render)
                .containsExactly("First sentence here.", "Second sentence here.", "Third one.");
    }

    @Test
    void should_prefer_a_paragraph_break_late_in_the_message() {
        // when
        List<List<Span>> messages = new Chunker(40).split(Rich.of("Alpha. Beta gamma delta.\n\nEpsilon zeta. Eta.").spans());

        // then
        assertThat(messages).extracting(Html::render).containsExactly("Alpha. Beta gamma delta.", "Epsilon zeta. Eta.");
    }

    @Test
    void should_escape_each_message_after_splitting_and_close_its_tags() {
        // given markup-like text that straddles the cut, inside a styled span
        Rich reply = new Rich().quote("Tom & Jerry <said> a lot. Then <b> & more & more.");

        // when
        List<List<Span>> messages = new Chunker(26).split(reply.spans());

        // then every message parses on its own and reads back exactly
        assertThat(messages).hasSize(2);
        assertThat(messages).extracting(Html::render).allSatisfy(html -> {
            assertThat(html).startsWith("<blockquote>").endsWith("</blockquote>");
            assertThat(TelegramHtml.visibleText(html).length()).isLessThanOrEqualTo(26);
        });
        assertThat(TelegramHtml.visibleText(Html.render(messages.get(0)))).isEqualTo("Tom & Jerry <said> a lot.");
        assertThat(TelegramHtml.visibleText(Html.render(messages.get(1)))).isEqualTo("Then <b> & more & more.");
    }

    @Test
    void should_hard_cut_text_without_spaces_but_never_inside_a_surrogate_pair() {
        // given 11 characters of emoji pairs and letters with no space at all
        String text = "ab" + "😀".repeat(10);

        // when
        List<List<Span>> messages = new Chunker(5).split(Rich.of(text).spans());

        // then
        assertThat(String.join("", messages.stream().map(Html::render).toList())).isEqualTo(text);
        assertThat(messages).allSatisfy(message -> {
            String part = Html.render(message);
            assertThat(part.length()).isLessThanOrEqualTo(5);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        });
    }

    @Test
    void should_measure_the_limit_on_visible_text_not_on_escaped_html() {
        // given exactly the limit of ampersands, which escape to five times as many characters
        String ampersands = "&".repeat(Chunker.LIMIT);

        // when
        List<List<Span>> messages = new Chunker().split(Rich.of(ampersands).spans());

        // then
        assertThat(messages).hasSize(1);
        assertThat(TelegramHtml.visibleText(Html.render(messages.get(0)))).isEqualTo(ampersands);
    }

    @Test
    void should_keep_a_bullet_with_its_very_long_title() {
        // given a list whose item is a title longer than a message, with no space to cut at
        Rich reply = Rich.of("Articles I know:\n• " + "Headline".repeat(1_000) + " — AFP\n• Short title — AP");

        // when
        List<List<Span>> messages = new Chunker().split(reply.spans());

        // then no message is a bare bullet, and nothing is lost
        assertThat(messages).extracting(message -> TelegramHtml.visibleText(Html.render(message)))
                .noneMatch(text -> text.strip().matches("[•\\d.\\s]*"))
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(Chunker.LIMIT));
        assertThat(String.join("", messages.stream().map(Html::render).toList()).replaceAll("\\s", ""))
                .isEqualTo(reply.spans().get(0).text().replaceAll("\\s", ""));
    }

    @Test
    void should_escape_control_characters_but_keep_lines() {
        // when
        String html = Html.render(new Chunker().split(Rich.of("a.md\u001b[31m\u202Eevil\nnext\tline").spans()).get(0));

        // then
        assertThat(html).isEqualTo("a.md\\u001b[31m\\u202eevil\nnext\tline");
    }
}
