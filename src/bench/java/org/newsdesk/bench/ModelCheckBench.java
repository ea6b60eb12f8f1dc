package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.config.Settings;
import org.newsdesk.llm.Assistants;
import org.newsdesk.llm.grounding.GroundingCheck;

/**
 * What checking a model's answer costs Newsdesk, apart from the model's own time: loading the language
 * models the claim check reads English with, and answering through the LLM mode against a local model that
 * answers at once, without and with the second opinion ({@code NEWSDESK_LLM_VERIFY}), which adds one model
 * call per answer whose request size is reported (a real model's time for it grows with that size).
 */
final class ModelCheckBench {

    private final Report report;

    ModelCheckBench(Report report) {
        this.report = report;
    }

    void run(BenchPlan plan, IndexingBench.Loaded loaded) throws Exception {
        long started = System.nanoTime();
        GroundingCheck.prepare();
        double loadMillis = (System.nanoTime() - started) / 1e6;
        int stories = loaded.corpus().stories();
        List<String> questions = SyntheticNews.probes(0, plan.questions(), stories).stream()
                .filter(SyntheticNews.Probe::answerable).map(SyntheticNews.Probe::text).toList();
        List<String> warmUp = SyntheticNews.probes(plan.questions(), plan.questions() + plan.warmUp(), stories)
                .stream().filter(SyntheticNews.Probe::answerable).map(SyntheticNews.Probe::text).toList();
        try (LocalChatModel model = new LocalChatModel()) {
            List<List<String>> rows = new ArrayList<>();
            for (boolean verify : List.of(false, true)) {
                Answerer answerer = Assistants.configured(loaded.desk(), Settings.load(Map.of("NEWSDESK_LLM", "openai",
                        "OPENAI_BASE_URL", model.baseUrl(), "NEWSDESK_MODEL", "bench", "NEWSDESK_LLM_RETRIES", "0",
                        "NEWSDESK_LLM_VERIFY", String.valueOf(verify)))).answerer();
                warmUp.forEach(question -> answerer.answer(Question.of(question)));
                long[] nanos = new long[questions.size()];
                int written = 0;
                for (int i = 0; i < questions.size(); i++) {
                    long start = System.nanoTime();
                    Answer answer = answerer.answer(Question.of(questions.get(i)));
                    nanos[i] = System.nanoTime() - start;
                    written += answer.mode() == Mode.LLM ? 1 : 0;
                }
                Latencies l = Latencies.ofNanos(nanos);
                rows.add(List.of(verify ? "LLM mode, second opinion on" : "LLM mode, second opinion off",
                        Report.ms(l.p50()), Report.ms(l.p95()), Report.percent(written, questions.size())));
            }
            report.section("Checking model answers, " + String.format("%,d", stories) + " articles loaded");
            report.table(List.of("answering", "p50 ms", "p95 ms", "shown as the model's"), rows);
            report.note(String.format("The model answers at once on the loopback, so the times are Newsdesk's own:"
                    + " retrieval, the extractive fallback, the prompt, the claim check (OpenNLP tokenizer and"
                    + " tagger, loaded in %.0f ms) and, with the second opinion, one more call whose request"
                    + " averaged %.0f characters (about %.0f tokens) for a one-sentence answer.", loadMillis,
                    model.meanVerifyCharacters(), model.meanVerifyCharacters() / 4));
        }
    }
}
