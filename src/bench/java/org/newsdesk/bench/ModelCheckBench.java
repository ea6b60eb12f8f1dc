package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.config.Settings;
import org.newsdesk.llm.Assistants;
import org.newsdesk.llm.grounding.GivenPassage;
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

    /** The grounding check by itself, on every answer the model wrote, with the passages it was given. */
    private static List<String> checkAlone(List<LocalChatModel.Written> answers) {
        GroundingCheck check = new GroundingCheck(List.of());
        long[] nanos = new long[answers.size()];
        int grounded = 0;
        for (int i = 0; i < answers.size(); i++) {
            List<GivenPassage> passages = new ArrayList<>();
            List<String> texts = answers.get(i).passages();
            for (int n = 0; n < texts.size(); n++) {
                passages.add(new GivenPassage(n + 1, texts.get(n), "", "", ""));
            }
            long start = System.nanoTime();
            grounded += check.check(answers.get(i).answer(), passages).grounded() ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        Latencies l = Latencies.ofNanos(nanos);
        return List.of("the grounding check alone", Report.ms(l.p50()), Report.ms(l.p95()),
                Report.percent(grounded, answers.size()));
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
            Map<Boolean, Answerer> answerers = new LinkedHashMap<>();
            for (boolean verify : List.of(false, true)) {
                Answerer answerer = Assistants.configured(loaded.desk(), Settings.load(Map.of("NEWSDESK_LLM", "openai",
                        "OPENAI_BASE_URL", model.baseUrl(), "NEWSDESK_MODEL", "bench", "NEWSDESK_LLM_RETRIES", "0",
                        "NEWSDESK_LLM_VERIFY", String.valueOf(verify)))).answerer();
                warmUp.forEach(question -> answerer.answer(Question.of(question)));
                answerers.put(verify, answerer);
            }
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<Boolean, Answerer> answerer : answerers.entrySet()) {
                long[] nanos = new long[questions.size()];
                int written = 0;
                for (int i = 0; i < questions.size(); i++) {
                    long start = System.nanoTime();
                    Answer answer = answerer.getValue().answer(Question.of(questions.get(i)));
                    nanos[i] = System.nanoTime() - start;
                    written += answer.mode() == Mode.LLM ? 1 : 0;
                }
                Latencies l = Latencies.ofNanos(nanos);
                rows.add(List.of(answerer.getKey() ? "LLM mode, second opinion on" : "LLM mode, second opinion off",
                        Report.ms(l.p50()), Report.ms(l.p95()), Report.percent(written, questions.size())));
            }
            rows.add(checkAlone(model.written()));
            report.section("Checking model answers, " + String.format("%,d", stories) + " articles loaded");
            report.table(List.of("answering", "p50 ms", "p95 ms", "shown as the model's (grounded)"), rows);
            report.note(String.format("The model answers at once on the loopback, so the times are Newsdesk's own:"
                    + " retrieval, the extractive fallback, the prompt, the claim check (OpenNLP tokenizer and"
                    + " tagger, loaded in %.0f ms) and, with the second opinion, one more call whose request"
                    + " averaged %.0f characters (about %.0f tokens) for a one-sentence answer.", loadMillis,
                    model.meanVerifyCharacters(), model.meanVerifyCharacters() / 4));
        }
    }
}
