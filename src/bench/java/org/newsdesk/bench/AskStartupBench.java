package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ask} in a new JVM on the seed knowledge: time from starting the JVM to the first answer, on a
 * cold index (empty data folder) and a warm one (the same folder again), and the peak RSS by then.
 */
record AskStartupBench(SeedStartup seed, Report report) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One run.
     *
     * @param firstAnswerMs JVM start to the answer on standard output
     * @param answerMs      what the answer itself took, as the answer says
     * @param peakRssKb     peak resident set size by the time of the answer
     */
    record Run(double firstAnswerMs, double answerMs, long peakRssKb) {
        double readyMs() {
            return firstAnswerMs - answerMs;
        }
    }

    void run(BenchPlan plan, List<ChildJvm> jvms) throws IOException, InterruptedException {
        List<List<String>> rows = new ArrayList<>();
        for (ChildJvm jvm : jvms) {
            SeedStartup.ColdAndWarm<Run> runs = seed.coldAndWarm("ask", jvms.indexOf(jvm), plan.processRuns(),
                    data -> ask(jvm, data));
            rows.add(row(jvm, "cold", runs.cold()));
            rows.add(row(jvm, "warm", runs.warm()));
        }
        report.section("Start-up of `ask` on the seed knowledge (new JVM each run)");
        report.table(List.of("JVM", "index", "JVM start to first answer ms", "ready ms (without the answer)",
                "peak RSS MB"), rows);
        report.note("Medians of " + plan.processRuns() + " run(s). Ready = first answer less the time the answer"
                + " took.");
    }

    /**
     * One run, not measured: with {@link ChildJvm#archiving} it writes the class-data archive at exit
     * (the bot, stopped by a signal, would not).
     */
    void train(ChildJvm jvm) throws IOException, InterruptedException {
        ask(jvm, seed.work().resolve("ask-data-training"));
    }

    private static List<String> row(ChildJvm jvm, String index, List<Run> runs) {
        return List.of(jvm.name(), index, Report.ms(Latencies.median(runs, Run::firstAnswerMs)),
                Report.ms(Latencies.median(runs, Run::readyMs)),
                String.format("%.0f", Latencies.median(runs, run -> run.peakRssKb() / 1024.0)));
    }

    private Run ask(ChildJvm jvm, Path data) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = jvm.start(seed.arguments(data, "ask", "--json"), seed.environment());
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write((SeedStartup.QUESTION + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = out.readLine();
            double firstAnswerMs = (System.nanoTime() - started) / 1e6;
            if (line == null) {
                throw new IOException("ask printed no answer (exit status " + process.waitFor() + ")");
            }
            long peak = Memory.peakResidentKb(process.pid()).orElse(-1);
            JsonNode answer = JSON.readTree(line);
            return new Run(firstAnswerMs, answer.path("millis").asDouble(), peak);
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
