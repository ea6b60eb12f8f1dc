package org.newsdesk.testsupport.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The fake's HTML reader holds to the Bot API's documented tag set and nesting rules. */
class TelegramHtmlTest {

    @Test
    void should_accept_every_documented_tag_and_give_its_entity() {
        // given the examples of the Bot API's "HTML style"
        String html = "<b>bold</b> <strong>b</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins> <s>s</s> "
                + "<strike>k</strike> <del>d</del> <span class=\"tg-spoiler\">p</span> <tg-spoiler>q</tg-spoiler> "
                + "<a href=\"http://www.example.com/\">link</a> <tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji> "
                + "<code>c</code> <pre><code class=\"language-python\">x = 1</code></pre> "
                + "<blockquote>quote</blockquote><blockquote expandable>more &amp; &lt;more&gt; &#8212;</blockquote>";

        // when
        TelegramHtml.Parsed parsed = TelegramHtml.parse(html);

        // then
        assertThat(parsed.entities()).extracting(TelegramHtml.Entity::type).contains("bold", "italic", "underline",
                "strikethrough", "spoiler", "text_link", "custom_emoji", "code", "pre", "blockquote",
                "expandable_blockquote");
        assertThat(parsed.text()).endsWith("quotemore & <more> —");
        TelegramHtml.Entity expandable = parsed.entities().get(parsed.entities().size() - 1);
        assertThat(parsed.text().substring(expandable.offset(), expandable.offset() + expandable.length()))
                .isEqualTo("more & <more> —");
    }

    @Test
    void should_refuse_what_the_documentation_does_not_allow() {
        assertThatThrownBy(() -> TelegramHtml.parse("<blockquote>a<blockquote expandable>b</blockquote></blockquote>"))
                .hasMessageContaining("can't be nested");
        assertThatThrownBy(() -> TelegramHtml.parse("<code><b>a</b></code>")).hasMessageContaining("nested in code");
        assertThatThrownBy(() -> TelegramHtml.parse("<code class=\"language-java\">a</code>"))
                .hasMessageContaining("inside pre");
        assertThatThrownBy(() -> TelegramHtml.parse("<b class=\"x\">a</b>")).hasMessageContaining("attribute class");
        assertThatThrownBy(() -> TelegramHtml.parse("<blockquote expandable=\"yes\">a</blockquote>"))
                .hasMessageContaining("no value");
        assertThatThrownBy(() -> TelegramHtml.parse("<span>a</span>")).hasMessageContaining("span needs class");
        assertThatThrownBy(() -> TelegramHtml.parse("<a>a</a>")).hasMessageContaining("a needs href");
        assertThatThrownBy(() -> TelegramHtml.parse("<p>a</p>")).hasMessageContaining("unsupported start tag");
        assertThatThrownBy(() -> TelegramHtml.parse("a &nbsp; b")).hasMessageContaining("unsupported entity");
        assertThatThrownBy(() -> TelegramHtml.parse("<b>a</i>")).hasMessageContaining("unmatched end tag");
    }

    @Test
    void should_give_entities_that_telegrambots_reads_back() throws Exception {
        // given a message as the fake returns it for an answer with its sources folded
        String json = "{\"message_id\":1,\"date\":1760000000,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"text\":\"Answer [1]\\nSources\",\"entities\":[{\"type\":\"expandable_blockquote\",\"offset\":11,"
                + "\"length\":7},{\"type\":\"bold\",\"offset\":11,\"length\":7}]}";

        // when TelegramBots' own mapping reads it
        Message message = new ObjectMapper().readValue(json, Message.class);

        // then
        assertThat(message.getEntities()).extracting(entity -> entity.getType())
                .containsExactly("expandable_blockquote", "bold");
        assertThat(message.getEntities().get(0).getOffset()).isEqualTo(11);
    }
}
