package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testsupport.llm.Replies.citing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.answer.Question;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Quote;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.ModelDesk;
import org.newsdesk.testsupport.llm.ModelReply;
import org.newsdesk.testsupport.llm.ModelRequest;
import org.newsdesk.testsupport.llm.ModelRequest.Kind;

class LlmSummarizerTest {

    private static final String GOOD_SUMMARY = "Melania Trump announced she secured the release of Ukrainian "
            + "children abducted by Russia [{US First Lady}]. Russia and Ukraine each released 150 prisoners of war "
            + "in an exchange brokered by the United Arab Emirates, the Red Cross said [{each released 150}].";
    private static final String UNAVAILABLE = "was unavailable";
    private static final String UNVERIFIED = "could not be checked";

    @RegisterExtension
    final ModelDesk fixture = ModelDesk.over(TestDesks.SEED, TestDesks.EXTRA);
    private final FakeOpenAiServer model = fixture.model();

    @Test
    void should_send_the_rules_and_the_summary_prompt_with_the_quoted_sentences_numbered() throws Exception {
        // given
        model.answering(summarizing(GOOD_SUMMARY));

        // when
        assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        ModelRequest request = model.requests(Kind.SUMMARY).get(0);
        assertThat(request.system()).isEqualTo(Files.readString(Path.of("prompts/llm/rules.txt")).strip());
        assertThat(request.lastUser()).contains("Write a short summary of what these articles report");
        assertThat(request.passageCount()).isEqualTo(fixture.desk().summary().size());
        for (Quote quote : fixture.desk().summary()) {
            assertThat(request.lastUser()).contains("] " + quote.text());
        }
    }

    @Test
    void should_show_a_grounded_summary_with_the_sentences_it_cites_in_citation_order() {
        // given
        model.answering(summarizing(GOOD_SUMMARY));

        // when
        CoverageSummary summary = assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary.written()).isTrue();
        assertThat(summary.notice()).isEmpty();
        assertThat(summary.text()).isEqualTo("Melania Trump announced she secured the release of Ukrainian "
                + "children abducted by Russia [1]. Russia and Ukraine each released 150 prisoners of war in an "
                + "exchange brokered by the United Arab Emirates, the Red Cross said [2].");
        assertThat(summary.quotes()).extracting(Quote::text).satisfiesExactly(
                first -> assertThat(first).startsWith("US First Lady Melania Trump announced"),
                second -> assertThat(second).startsWith("Russia and Ukraine each released 150"));
    }

    @Test
    void should_quote_the_articles_instead_of_a_summary_with_a_fabricated_figure() {
        // given
        model.answering(summarizing("Russia and Ukraine each released 1,500 prisoners of war, the Red Cross said "
                + "[{each released 150}]."));

        // when
        CoverageSummary summary = assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary).isEqualTo(fixture.desk().extractiveSummarizer().summarize(Locale.ENGLISH).withNotice(summary.notice()));
        assertThat(summary.notice()).contains(UNVERIFIED);
        assertThat(model.requests(Kind.REPAIR)).hasSize(1);
        assertThat(model.requests(Kind.REPAIR).get(0).lastUser()).contains("The figure \"1,500\"");
    }

    @Test
    void should_quote_the_articles_instead_of_a_summary_citing_a_passage_never_given() {
        // given
        model.answering(request -> ModelReply.text("Melania Trump announced the release of children [42]."));

        // when
        CoverageSummary summary = assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary.written()).isFalse();
        assertThat(summary.notice()).contains(UNVERIFIED);
        assertThat(summary.quotes()).isEqualTo(fixture.desk().summary());
    }

    @Test
    void should_show_the_repaired_summary_when_the_repair_is_grounded() {
        // given
        model.answering(request -> ModelReply.text(request.kind() == Kind.REPAIR
                ? citing(request, "Russia and Ukraine each released 150 prisoners of war, the Red Cross said "
                        + "[{each released 150}].")
                : citing(request, "Russia and Ukraine each released 250 prisoners of war [{each released 150}].")));

        // when
        CoverageSummary summary = assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary.written()).isTrue();
        assertThat(summary.text()).isEqualTo("Russia and Ukraine each released 150 prisoners of war, "
                + "the Red Cross said [1].");
    }

    @Test
    void should_quote_the_articles_when_the_model_fails() {
        // given
        model.answering(request -> ModelReply.error(500));

        // when
        CoverageSummary summary = assistants().summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary.written()).isFalse();
        assertThat(summary.quotes()).isEqualTo(fixture.desk().summary());
        assertThat(summary.notice()).contains(UNAVAILABLE);
    }

    @Test
    void should_rest_the_model_for_summaries_too_after_an_answer_failed() {
        // given
        model.answering(request -> ModelReply.error(500));
        Assistants assistants = assistants("NEWSDESK_LLM_COOLDOWN", "60");
        assistants.answerer().answer(Question.of("How many children were reunited with their families?"));

        // when
        CoverageSummary summary = assistants.summarizer().summarize(Locale.ENGLISH);

        // then
        assertThat(summary.notice()).contains(UNAVAILABLE);
        assertThat(model.requests()).hasSize(1);
    }

    private static Function<ModelRequest, ModelReply> summarizing(String template) {
        return request -> ModelReply.text(citing(request, template));
    }

    private Assistants assistants(String... overrides) {
        return fixture.assistants(overrides);
    }
}
