package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void should_escape_newlines_escape_sequences_c1_controls_and_bidi_overrides_on_one_line() {
        String forged = "a.md\nadded (1): fake.md\u001b[2J\u0085\u202Eevil\u2028x";

        String printed = Printable.line(forged);

        assertThat(printed).isEqualTo("a.md\\nadded (1): fake.md\\u001b[2J\\u0085\\u202eevil\\u2028x");
        assertThat(printed.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x202E)).isTrue();
    }

    @Test
    void should_keep_newlines_and_tabs_of_multi_line_text_and_escape_the_rest() {
        assertThat(Printable.text("one\n\ttwo\r\u001b")).isEqualTo("one\n\ttwo\\r\\u001b");
    }

    @Test
    void should_leave_ordinary_text_alone_including_right_to_left_letters() {
        String text = "2025-10-11 Київ — עברית.md";

        assertThat(Printable.line(text)).isSameAs(text);
    }

    @Test
    void should_cut_a_very_long_name_in_the_middle_when_brief() {
        String deep = "a/".repeat(2_000) + "end.md";

        String printed = Printable.brief(deep);

        assertThat(printed).hasSizeLessThanOrEqualTo(Printable.MAX_BRIEF_LENGTH).startsWith("a/a/").endsWith("end.md")
                .contains("…");
    }
}
