package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.newsdesk.testsupport.JarProcess;

/** The two jars the build makes: the product without the benchmarks, and the bench jar that runs on it. */
class BenchJarIT {

    @Test
    void should_keep_the_benchmarks_and_the_tutorial_model_out_of_the_product_jar() throws Exception {
        // when
        List<String> entries = entries(JarProcess.JAR);

        // then
        assertThat(entries).contains("org/newsdesk/Newsdesk.class", "e5-small-v2-q.onnx")
                .noneMatch(name -> name.startsWith("org/newsdesk/bench/"))
                .doesNotContain("all-minilm-l6-v2.onnx");
    }

    @Test
    void should_carry_the_tutorial_pipelines_model_which_the_product_jar_leaves_out() throws Exception {
        assertThat(entries(JarProcess.BENCH_JAR)).contains("all-minilm-l6-v2.onnx");
    }

    @Test
    void should_start_from_its_own_jar_with_the_product_jar_beside_it() throws Exception {
        // when
        JarProcess.Result result = JarProcess.run(JarProcess.BENCH_JAR, Map.of(), "", List.of("--help"));

        // then
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: newsdesk-bench", "--quick", "--long", "--knowledge");
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
