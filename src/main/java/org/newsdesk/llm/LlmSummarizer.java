package org.newsdesk.llm;

import dev.langchain4j.rag.content.Content;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Quote;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.llm.grounding.Citations;
import org.newsdesk.llm.grounding.GivenPassage;
import org.newsdesk.llm.grounding.GroundingCheck;
import org.newsdesk.prompts.Messages;
import org.newsdesk.prompts.Prompts;

/**
 * Writes the summary of the coverage with a language model, from the sentences the extractive summary
 * quotes, given to it as numbered passages ({@code llm/summary}). The written summary is shown only
 * once it passes the same grounding check as an answer (after one repair at most,
 * {@code llm/summary-repair}); otherwise, and whenever the model fails, the reader gets the quoted
 * summary with a notice saying why.
 *
 * @param quoted the summary in the articles' own sentences: what the model writes from, and the fallback
 */
public record LlmSummarizer(Summarizer quoted, Supplier<Prompts> prompts, Supplier<Messages> messages,
        OneShotAssistant writer, Vetting vetting, ModelHealth health) implements Summarizer {

    @Override
    public CoverageSummary summarize(Locale reader) {
        CoverageSummary fromArticles = quoted.summarize(reader);
        if (fromArticles.quotes().isEmpty()) {
            return fromArticles;
        }
        if (health.resting()) {
            return fallback(fromArticles, "notice.model-unavailable", reader);
        }
        Prompts current = prompts.get();
        List<Content> passages = QuotePassages.of(fromArticles.quotes());
        List<GivenPassage> given = PassageList.given(passages);
        GroundingCheck check = new GroundingCheck(List.of(current.text("llm/rules"), current.text("llm/summary"),
                current.text("llm/summary-repair")));
        String draft;
        try {
            draft = ModelText.visible(writer.reply(current.render("llm/summary", Map.of(
                    "passages", PassageList.render(current, passages)))));
            health.answered();
        } catch (RuntimeException failure) {
            health.failed(failure);
            return fallback(fromArticles, "notice.model-unavailable", reader);
        }
        Vetting.Outcome outcome = vetting.vet("summary", draft, given, check,
                report -> current.render("llm/summary-repair", Map.of(
                        "passages", PassageList.render(current, passages),
                        "summary", PassageList.fenced(draft),
                        "problems", ProblemList.render(current, report, passages.size()))));
        if (outcome.shown()) {
            return written(outcome.text(), fromArticles.quotes());
        }
        if (outcome.failure() != null) {
            health.failed(outcome.failure());
            return fallback(fromArticles, "notice.model-unavailable", reader);
        }
        return fallback(fromArticles, "notice.model-unverified", reader);
    }

    /** The model's text, renumbered in order of first citation, with the quotes it cites in that order. */
    private static CoverageSummary written(String text, List<Quote> quotes) {
        List<Quote> cited = Citations.in(text).stream().map(number -> quotes.get(number - 1)).toList();
        return new CoverageSummary(Citations.renumbered(text), cited, "");
    }

    private CoverageSummary fallback(CoverageSummary fromArticles, String notice, Locale reader) {
        return fromArticles.withNotice(messages.get().text(reader, notice));
    }
}
