package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.LongPath;
import org.newsdesk.testsupport.TestDesks;

/** The built jar against what a hostile or damaged environment hands it (issue 9), driven from outside. */
class FaultsJarIT {

    private static final String ANSWERABLE = "How many children were returned?";
    private static final String NOT_COVERED = "Who won the Super Bowl?";
    private static final Pattern EMBEDDED = Pattern.compile("\\((\\d+) embedded, (\\d+) from cache\\)");

    @TempDir
    Path root;

    private List<String> folders(Path knowledge, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));
        return args;
    }

    @Test
    void should_name_an_unreadable_subfolder_in_a_short_line_and_load_the_rest() throws Exception {
        // given the seed, and an article under a path longer than the system allows
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        try (LongPath deep = LongPath.under(knowledge, Files.createDirectories(root.resolve("scratch")),
                "Flights resumed in Oslo on Tuesday.")) {

            // when
            JarProcess.Result index = JarProcess.run(Map.of(), "", folders(knowledge, "index"));

            // then
            assertThat(index.status()).as("a file failed").isEqualTo(1);
            assertThat(index.out()).contains("added (1): " + TestDesks.SEED)
                    .containsPattern("\n  deep/d+…d+: cannot be read: file name too long\n");
            assertThat(index.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(300));
            assertThat(index.err()).doesNotContain("Exception");
        }
    }

    @Test
    void should_load_or_report_a_file_of_200000_spaces_within_30_seconds() throws Exception {
        // given an article under the size limit with a long run of spaces, beside the seed
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        Files.writeString(knowledge.resolve("spaces.txt"), "Flights resumed\n\nOSLO (AP) — Flights resumed on Tuesday."
                + " ".repeat(200_000) + "Airports reopened.\n");

        // when
        long started = System.nanoTime();
        JarProcess.Result index = JarProcess.run(Map.of(), "", folders(knowledge, "index"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(index.out()).contains(TestDesks.SEED).contains("spaces.txt");
        assertThat(index.err()).doesNotContain("\tat ");
    }

    @Test
    void should_detect_zeroed_nan_and_damaged_dimension_vectors_rebuild_them_and_answer_right() throws Exception {
        // given an index built once
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        assertThat(JarProcess.run(Map.of(), "", folders(knowledge, "index")).status()).isZero();

        for (Damage damage : Damage.values()) {
            // when its cached vectors are damaged behind an intact file name
            damage.apply(cacheFile());
            JarProcess.Result index = JarProcess.run(Map.of(), "", folders(knowledge, "index"));
            damage.apply(cacheFile());
            JarProcess.Result ask = JarProcess.run(Map.of(), ANSWERABLE + "\n" + NOT_COVERED + "\n",
                    folders(knowledge, "ask", "--json"));

            // then the damage is reported as repaired, and the answers are right, with no stack trace
            assertThat(index.status()).as(damage.name()).isZero();
            assertThat(index.out()).as(damage.name()).contains("repaired (1): " + TestDesks.SEED + " (" + damage.reason + ")")
                    .contains("(1 embedded, 0 from cache)");
            List<String> answers = ask.out().lines().toList();
            assertThat(answers).as(damage.name()).hasSize(2);
            JsonNode answered = new ObjectMapper().readTree(answers.get(0));
            assertThat(answered.get("answerable").asBoolean()).as(damage.name()).isTrue();
            assertThat(answered.get("answer").asText()).as(damage.name()).containsIgnoringCase("eight children");
            assertThat(new ObjectMapper().readTree(answers.get(1)).get("answerable").asBoolean()).as(damage.name()).isFalse();
            assertThat(ask.err()).as(damage.name()).contains("were damaged (" + damage.reason + "); embedding it again")
                    .doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        }
    }

    /** Ways a cache file is damaged; the vectors start after the header, the checksum is the last 4 bytes. */
    private enum Damage {
        ZEROED("checksum mismatch") {
            @Override
            void change(byte[] file, int vectors) {
                Arrays.fill(file, vectors, file.length - 4, (byte) 0);
            }
        },
        NAN("checksum mismatch") {
            @Override
            void change(byte[] file, int vectors) {
                Arrays.fill(file, vectors, file.length - 4, (byte) 0xFF);
            }
        },
        DIMENSION("its size does not match its header") {
            @Override
            void change(byte[] file, int vectors) {
                ByteBuffer.wrap(file).putInt(vectors - 4, Integer.MAX_VALUE);
            }
        };

        final String reason;

        Damage(String reason) {
            this.reason = reason;
        }

        abstract void change(byte[] file, int vectors);

        void apply(Path cacheFile) throws IOException {
            byte[] file = Files.readAllBytes(cacheFile);
            ByteBuffer header = ByteBuffer.wrap(file);
            int key = Short.toUnsignedInt(header.getShort(4));
            int model = Short.toUnsignedInt(header.getShort(6 + key));
            change(file, 6 + key + 2 + model + 8);
            Files.write(cacheFile, file);
        }
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("data/embeddings"))) {
            return files.filter(file -> file.toString().endsWith(".vec")).findFirst().orElseThrow();
        }
    }

    @Test
    void should_exit_non_zero_saying_why_when_data_names_a_file() throws Exception {
        // given
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        Path file = Files.writeString(root.resolve("data"), "not a folder");

        // when
        JarProcess.Result result = JarProcess.run(Map.of(), "", folders(knowledge, "index"));

        // then
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("newsdesk: --data ").contains("is a file, not a folder")
                .doesNotContain("\n");
        assertThat(result.out()).doesNotContain("added");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void should_exit_2_within_seconds_on_a_bad_model_setting_before_embedding_200_new_articles() throws Exception {
        // given 200 articles never indexed
        Path knowledge = Files.createDirectories(root.resolve("knowledge"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(knowledge.resolve("article-" + i + ".txt"), "Council " + i + " approved budget number " + i
                    + " on Monday. The vote was " + (i + 3) + " to " + i + ".");
        }

        // when
        long started = System.nanoTime();
        JarProcess.Result result = JarProcess.run(Map.of("NEWSDESK_LLM", "gpt-4"), "", folders(knowledge, "ask", "Why?"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("newsdesk: NEWSDESK_LLM must be").doesNotContain("\n");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(root.resolve("data/embeddings")).doesNotExist();
    }

    @Test
    void should_answer_from_the_articles_and_log_an_unreachable_model_in_one_line() throws Exception {
        // given a model address where nothing listens
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);

        // when
        JarProcess.Result result = JarProcess.run(Map.of("NEWSDESK_LLM", "openai", "OPENAI_BASE_URL",
                        "http://127.0.0.1:" + closed + "/v1", "OPENAI_API_KEY", "sk-test-key", "NEWSDESK_MODEL", "m",
                        "NEWSDESK_LLM_TIMEOUT", "10"),
                ANSWERABLE + "\n", folders(knowledge, "ask", "--json"));

        // then
        assertThat(result.status()).isZero();
        assertThat(new ObjectMapper().readTree(result.out().lines().findFirst().orElseThrow()).get("answer").asText())
                .containsIgnoringCase("eight children");
        assertThat(result.err().lines().filter(line -> line.contains("language model")))
                .singleElement().asString().contains("is not answering (ConnectException");
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("RetryUtils").doesNotContain("sk-test-key");
    }

    @Test
    void should_leave_no_onnxruntime_folder_in_the_temporary_folder() throws Exception {
        // given a temporary folder of its own
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);

        // when
        JarProcess.Result result = JarProcess.run(Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temporary),
                "", folders(knowledge, "ask", ANSWERABLE));

        // then
        assertThat(result.status()).isZero();
        assertThat(result.out()).containsIgnoringCase("eight children");
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void should_let_one_of_two_processes_on_a_new_data_folder_embed_and_both_report_their_first_build() throws Exception {
        // given the data folder's index lock held, so that both processes start and wait for it
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED, TestDesks.EXTRA);
        Path lockFile = Files.createDirectories(root.resolve("data")).resolve("index.lock");
        List<Process> processes = new ArrayList<>();
        List<StringBuffer> outs = new ArrayList<>();
        List<StringBuffer> errs = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.lock();
            for (int i = 0; i < 2; i++) {
                Process process = JarProcess.start(Map.of(), folders(knowledge, "index"));
                process.getOutputStream().close();
                outs.add(new StringBuffer());
                errs.add(new StringBuffer());
                JarProcess.drain(process.getInputStream(), outs.get(i));
                JarProcess.drain(process.getErrorStream(), errs.get(i));
                processes.add(process);
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> errs.stream()
                    .allMatch(err -> err.toString().contains("Another Newsdesk process is indexing")));

            // when the lock is released
            held.release();
        }
        for (Process process : processes) {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }

        // then both report their first build, and the articles were embedded once between them
        int embedded = 0;
        for (int i = 0; i < 2; i++) {
            assertThat(processes.get(i).exitValue()).as(errs.get(i).toString()).isZero();
            String out = outs.get(i).toString();
            assertThat(out).contains("added (2)").doesNotContain("unchanged");
            Matcher counts = EMBEDDED.matcher(out);
            assertThat(counts.find()).as(out).isTrue();
            embedded += Integer.parseInt(counts.group(1));
        }
        assertThat(embedded).isEqualTo(2);
    }
}
