package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void should_split_at_full_stops_before_capitals_and_at_paragraphs() {
        String text = "Eight children were returned. Seven went to Ukraine!\n\nOne girl went to Russia? Yes";

        assertThat(sentences(text)).containsExactly(
                "Eight children were returned.", "Seven went to Ukraine!", "One girl went to Russia?", "Yes");
    }

    @Test
    void should_end_list_items_and_headings_at_their_line_though_no_full_stop_ends_them() {
        String text = "Key events\n- The ferry sank off Kos with 31 people on board\n- Two crew are missing\n\n"
                + "14:05 — Search widened\nThe coastguard said three more boats had joined the search near the harbour.";

        assertThat(sentences(text)).containsExactly("Key events", "- The ferry sank off Kos with 31 people on board",
                "- Two crew are missing", "14:05 — Search widened",
                "The coastguard said three more boats had joined the search near the harbour.");
    }

    @Test
    void should_keep_a_numbered_items_number_with_its_text() {
        String text = "1. What happened?\nThe ferry struck a sandbar at 7pm. Nobody was hurt.\n\n"
                + "2. Who is investigating?\nThe harbour master is.";

        assertThat(sentences(text)).containsExactly("1. What happened?", "The ferry struck a sandbar at 7pm.",
                "Nobody was hurt.", "2. Who is investigating?", "The harbour master is.");
    }

    @Test
    void should_run_lines_of_text_wrapped_at_a_width_on_into_one_sentence() {
        String text = "The coastguard said three more boats had joined the search\nnear the harbour on Tuesday, and that\n"
                + "Greek and Turkish divers\nwere on their way.";

        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void should_not_split_after_abbreviations_initials_or_decimals() {
        String text = "Mr. Smith met Dr. Jones in the U.S. capital. John F. Kennedy said 2.5 percent. Done.";

        assertThat(sentences(text)).containsExactly(
                "Mr. Smith met Dr. Jones in the U.S. capital.", "John F. Kennedy said 2.5 percent.", "Done.");
    }

    @Test
    void should_not_split_after_a_state_in_an_ap_dateline_but_after_a_word_that_looks_like_one() {
        String text = "CEDAR BLUFF, Neb. (AP) — Two cases were confirmed. Officials in Olympia, Wash. said more may come. "
                + "The nurse fell ill. Schools stayed open.";

        assertThat(sentences(text)).containsExactly("CEDAR BLUFF, Neb. (AP) — Two cases were confirmed.",
                "Officials in Olympia, Wash. said more may come.", "The nurse fell ill.", "Schools stayed open.");
    }

    @Test
    void should_keep_a_quotation_with_its_attribution() {
        String text = "“This is important. It is built on purpose,“ she added. Then she left.";

        assertThat(sentences(text)).containsExactly(
                "“This is important. It is built on purpose,“ she added.", "Then she left.");
    }

    @Test
    void should_end_a_sentence_after_closing_quotes() {
        String text = "She said it was “all in good faith.” The others agreed.";

        assertThat(sentences(text)).containsExactly("She said it was “all in good faith.”", "The others agreed.");
    }

    @Test
    void should_cut_overlong_runs_so_that_no_sentence_exceeds_an_answer() {
        String text = ("word, ").repeat(300) + "end.";

        List<String> split = sentences(text);

        assertThat(split).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH));
        assertThat(String.join(" ", split).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void should_return_spans_that_are_verbatim_substrings() {
        String text = "  First one.   Second one.\n\n\n  Third.  ";

        for (Sentences.Span span : Sentences.split(text)) {
            assertThat(text).contains(span.of(text));
            assertThat(span.of(text)).isEqualTo(span.of(text).strip());
        }
    }
}
