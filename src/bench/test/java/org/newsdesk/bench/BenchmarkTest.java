package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.testsupport.TestDesks;

/** The bench runs and reports every in-process measurement; its figures are not checked, only its shape. */
class BenchmarkTest {

    private static final BenchPlan TINY = new BenchPlan("tiny", List.of(1, 3), 3, 6, 2, 4, 0, false);

    @TempDir
    Path work;

    @Test
    void should_report_indexing_reloads_latency_and_throughput_as_markdown_tables() throws Exception {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Benchmark benchmark = new Benchmark(InProcessEmbeddings.DEFAULT, TestDesks.KNOWLEDGE, TestDesks.PROMPTS, work);

        // when
        benchmark.run(TINY, new PrintStream(out, true, StandardCharsets.UTF_8));

        // then
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("## Indexing from scratch (e5-small-v2-q)", "## Reloads at 3 articles",
                "Only the changed article was embedded again.", "## Offline answer latency, 3 articles loaded",
                "## Throughput, 3 articles loaded", "## Checking model answers, 3 articles loaded",
                "| LLM mode, second opinion on |");
        assertThat(report.lines().filter(line -> line.startsWith("| ") && line.matches(".*\\| [0-9.,]+ \\|.*")))
                .as("table rows with figures").hasSizeGreaterThanOrEqualTo(2 + 2 + 2 + 2);
        assertThat(report).containsPattern("Newsdesk / tutorial: p50 [0-9.]+×");
    }
}
