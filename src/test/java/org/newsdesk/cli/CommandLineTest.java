package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.TestDesks;

class CommandLineTest {

    @TempDir
    Path root;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(String input, String... args) {
        return runWith(Map.of(), input, args);
    }

    private Run runWith(Map<String, String> environment, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NewsdeskCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String[] folders(String command, String... more) {
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        List<String> args = new java.util.ArrayList<>(List.of(command, "--knowledge", knowledge.toString(),
                "--data", root.resolve("data").toString(), "--prompts", TestDesks.PROMPTS.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void should_print_one_json_object_per_question_read_from_standard_input() throws Exception {
        Run run = run("How many children were returned?\n\nWho won the Super Bowl last year?\n", folders("ask", "--json"));

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode answered = json.readTree(run.lines().get(0));
        JsonNode declined = json.readTree(run.lines().get(1));
        assertThat(answered.get("question").asText()).isEqualTo("How many children were returned?");
        assertThat(answered.get("answerable").asBoolean()).isTrue();
        assertThat(answered.get("mode").asText()).isEqualTo("extractive");
        assertThat(answered.get("millis").isNumber()).isTrue();
        JsonNode source = answered.get("sources").get(0);
        assertThat(source.get("document").asText()).isEqualTo(TestDesks.SEED);
        assertThat(source.get("published").asText()).isEqualTo("2025-10-11");
        assertThat(source.get("publisher").asText()).isEqualTo("AFP");
        assertThat(source.get("score").isNumber()).isTrue();
        assertThat(Files.readString(TestDesks.KNOWLEDGE.resolve(TestDesks.SEED))).contains(source.get("quote").asText());
        assertThat(declined.get("answerable").asBoolean()).isFalse();
        assertThat(declined.get("sources")).isEmpty();
        assertThat(declined.get("related").isArray()).isTrue();
        assertThat(answered.get("related")).isEmpty();
    }

    @Test
    void should_run_a_command_on_the_folders_named_before_it_unless_it_names_its_own() throws Exception {
        // given: the seed in one folder, and another folder with only a brief
        Path seedOnly = TestDesks.folderWith(root.resolve("seed"), TestDesks.SEED);
        Path briefOnly = Files.createDirectories(root.resolve("brief"));
        Files.writeString(briefOnly.resolve("brief.txt"),
                "BRUSSELS (Reuters) - The European Commission fined a shipping company 2 million euros on Monday.");
        String data = root.resolve("data").toString();

        // when: the folders come before the command's name, or before and after it
        Run before = run("", "--knowledge", briefOnly.toString(), "--data", data, "--prompts",
                TestDesks.PROMPTS.toString(), "index");
        Run both = run("", "--knowledge", briefOnly.toString(), "ask", "--knowledge", seedOnly.toString(), "--data",
                data, "--prompts", TestDesks.PROMPTS.toString(), "--json", "How many children were returned?");

        // then: the command ran on the folder named before it, and on its own when it named one
        assertThat(before.status()).isZero();
        assertThat(before.out()).contains("brief.txt").doesNotContain(TestDesks.SEED);
        assertThat(Files.isDirectory(Path.of(data))).isTrue();
        assertThat(both.status()).isZero();
        assertThat(new ObjectMapper().readTree(both.out()).get("sources").get(0).get("document").asText())
                .isEqualTo(TestDesks.SEED);
    }

    @Test
    void should_answer_a_question_given_as_words_in_plain_text() {
        Run run = run("", folders("ask", "Which", "court", "wants", "Putin", "arrested?"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("International Criminal Court").contains("Sources:").contains("AFP");
    }

    @Test
    void should_answer_a_request_with_the_feature_and_its_sources() throws Exception {
        Run run = run("give me a summary\nWhat are the key facts?\nwhich articles do you have?\n",
                folders("ask", "--json"));

        assertThat(run.status()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(run.lines().get(0));
        JsonNode facts = json.readTree(run.lines().get(1));
        JsonNode sources = json.readTree(run.lines().get(2));
        assertThat(summary.get("answer").asText()).startsWith("Summary of the coverage")
                .contains("US First Lady Melania Trump announced she secured the release");
        assertThat(summary.get("answerable").asBoolean()).isTrue();
        assertThat(summary.get("mode").asText()).isEqualTo("extractive");
        String article = Files.readString(TestDesks.KNOWLEDGE.resolve(TestDesks.SEED));
        assertThat(summary.get("sources")).isNotEmpty()
                .allSatisfy(source -> assertThat(article).contains(source.get("quote").asText()));
        // each article's facts under its title and byline, as Telegram shows them
        assertThat(facts.get("answer").asText()).startsWith("Quick facts\n\nMelania Trump says eight Ukrainian children")
                .contains(" — AFP, 11 October 2025").contains("\n• ");
        assertThat(facts.get("sources").get(0).get("document").asText()).isEqualTo(TestDesks.SEED);
        assertThat(sources.get("answer").asText()).startsWith("The articles I answer from (1)")
                .contains("Melania Trump says eight Ukrainian children reunited");
    }

    @Test
    void should_greet_and_thank_with_help_and_tell_what_happened_in_a_place_with_its_story() throws Exception {
        Run run = run("hello\nthanks!\nWhat can you do?\nWhat happened in Alaska?\n", folders("ask", "--json"));

        assertThat(run.status()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> answers = run.lines().stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(answers.subList(0, 3)).allSatisfy(help -> {
            assertThat(help.get("answer").asText()).startsWith("I answer questions about the news from 1 stored article")
                    .contains("/summary");
            assertThat(help.get("sources")).isEmpty();
        });
        assertThat(answers.get(3).get("answer").asText()).contains("US First Lady Melania Trump announced");
        assertThat(answers.get(3).get("sources")).isNotEmpty();
    }

    @Test
    void should_ask_for_english_in_the_questions_language_without_a_model() {
        Run run = run("", folders("ask", "Wie", "viele", "Kinder", "kamen", "zurück?"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Bitte stellen Sie Ihre Frage auf Englisch").doesNotContain("Sources");
    }

    @Test
    void should_run_slash_commands_and_requests_in_the_console_chat() {
        Run run = run("/help\n/sources\n/facts\n/timeline\n/summary\n/forget\n/weather\nхронология\n/quit\n",
                folders("chat"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("ask about the 1 stored article.")
                .contains("/summary – a short summary of the coverage")
                .contains("The articles I answer from (1)")
                .contains("Quick facts")
                .contains("Timeline\n\n")
                .contains("Summary of the coverage")
                .contains("Хронология\n\n").contains("октября 2025")
                .contains("Forgotten: the next question starts afresh.")
                .contains("Unknown command /weather");
    }

    @Test
    void should_give_the_timeline_of_a_story_named_in_the_console_chat_and_say_so_for_one_not_covered() {
        Run run = run("/timeline children returned to Ukraine\nShow me the timeline of the Melania Trump story\n"
                + "/timeline elections in Peru\n/quit\n", folders("chat"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).containsSubsequence("Timeline\n\n", "11 October 2025", "Timeline\n\n", "11 October 2025",
                "do not say");
    }

    @Test
    void should_write_the_dates_of_sources_and_timeline_in_english_when_the_request_reads_as_french() {
        // given: Lingua takes "list the articles" for French, a language whose bundle lacks these texts
        // when
        Run chat = run("list the articles\n/timeline\n/quit\n", folders("chat"));
        Run ask = run("", folders("ask", "list", "the", "articles"));

        // then
        assertThat(chat.out()).contains("The articles I answer from (1)").contains("AFP, 11 October 2025 (")
                .contains("11 October 2025\n• US First Lady").doesNotContain("octobre").doesNotContain("août");
        assertThat(ask.out()).contains("The articles I answer from (1)").contains("AFP, 11 October 2025 (")
                .doesNotContain("octobre");
    }

    @Test
    void should_report_the_index_and_fail_when_a_file_is_bad() throws Exception {
        Run first = run("", folders("index"));
        Files.writeString(root.resolve("knowledge/broken.md"), "---\ntitle: [unclosed\n---\nText.");

        Run second = run("", folders("index"));

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("added (1): " + TestDesks.SEED);
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.out()).contains("unchanged (1): " + TestDesks.SEED).contains("broken.md: bad front matter");
    }

    @Test
    void should_escape_control_characters_in_the_file_names_it_reports() throws Exception {
        // given a file whose name would forge a report line and clear the terminal
        String[] args = folders("index");
        Files.writeString(root.resolve("knowledge/evil\nadded (9): forged.md\u001b[2J.md"), "");

        // when
        Run run = run("", args);

        // then the name stays on its line, escaped
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).noneMatch(line -> line.startsWith("added (9)"));
        assertThat(run.out()).contains("evil\\nadded (9): forged.md\\u001b[2J.md: is empty").doesNotContain("\u001b");
    }

    @Test
    void should_fail_with_one_clear_line_when_the_knowledge_folder_is_missing() {
        Run run = run("", "ask", "--knowledge", root.resolve("nowhere").toString(), "--data",
                root.resolve("data").toString(), "anything?");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("newsdesk: the knowledge folder").contains("does not exist");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_with_status_2_saying_why_when_data_names_a_file() throws Exception {
        // given
        Path file = Files.writeString(root.resolve("data.txt"), "not a folder");
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);

        // when
        Run onFile = run("", "index", "--knowledge", knowledge.toString(), "--data", file.toString());
        Run underFile = run("", "index", "--knowledge", knowledge.toString(), "--data", file.resolve("sub").toString());

        // then
        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err().lines()).singleElement().asString().startsWith("newsdesk: --data ")
                .endsWith("data.txt is a file, not a folder; name a folder (it is created if missing)");
        assertThat(underFile.status()).isEqualTo(2);
        assertThat(underFile.err().lines()).singleElement().asString().startsWith("newsdesk: the data folder ")
                .contains("cannot be written (not a directory)");
        assertThat(onFile.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void should_create_a_missing_data_folder() {
        // when
        Run run = run("", "index", "--knowledge", TestDesks.folderWith(root, TestDesks.SEED).toString(),
                "--data", root.resolve("new/data").toString());

        // then
        assertThat(run.status()).isZero();
        assertThat(root.resolve("new/data/manifest.json")).isRegularFile();
    }

    @Test
    void should_exit_with_status_2_when_the_prompts_folder_named_does_not_exist() {
        // when
        Run run = run("", "ask", "--knowledge", TestDesks.folderWith(root, TestDesks.SEED).toString(),
                "--data", root.resolve("data").toString(), "--prompts", root.resolve("no-prompts").toString(), "Who?");

        // then
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("newsdesk: the prompts folder")
                .endsWith("does not exist; create it, or leave out --prompts to use the texts bundled in the jar");
    }

    @Test
    void should_reject_a_bad_model_setting_before_reading_any_article() {
        // when
        Run badMode = runWith(Map.of("NEWSDESK_LLM", "gpt"), "", folders("ask", "Who?"));
        Run noModel = runWith(Map.of("NEWSDESK_LLM", "ollama"), "", folders("index"));

        // then
        assertThat(badMode.status()).isEqualTo(2);
        assertThat(badMode.err().lines()).singleElement().asString()
                .startsWith("newsdesk: NEWSDESK_LLM must be none, openai").endsWith("not 'gpt'");
        assertThat(noModel.status()).isEqualTo(2);
        assertThat(noModel.err()).contains("NEWSDESK_MODEL must name the model");
        assertThat(root.resolve("data/embeddings")).doesNotExist();
    }

    @Test
    void should_explain_unknown_options() {
        Run run = run("", "ask", "--jsn", "question");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--jsn'");
    }
}
