package org.newsdesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

    @TempDir
    Path folder;

    @Test
    void should_prefer_the_folder_and_fall_back_to_the_bundled_copy() throws Exception {
        Files.createDirectories(folder.resolve("llm"));
        Files.writeString(folder.resolve("llm/rules.txt"), "Answer from the passages only.\n");

        Prompts prompts = Prompts.from(folder);

        assertThat(prompts.text("llm/rules")).isEqualTo("Answer from the passages only.");
        assertThat(prompts.text("llm/repair")).isEqualTo(Prompts.bundled().text("llm/repair"));
    }

    @Test
    void should_fill_placeholders_and_insist_on_every_value() {
        Prompts prompts = Prompts.bundled();

        assertThat(prompts.render("llm/passage", Map.of("number", 7, "text", "A sentence."))).isEqualTo("[7] A sentence.");
        assertThatThrownBy(() -> prompts.render("llm/passage", Map.of("number", 7))).hasMessageContaining("text");
    }

    @Test
    void should_read_changes_after_a_reload() throws Exception {
        Files.createDirectories(folder.resolve("llm"));
        Files.writeString(folder.resolve("llm/rules.txt"), "Answer briefly.");
        Prompts prompts = Prompts.from(folder);
        prompts.text("llm/rules");
        Files.writeString(folder.resolve("llm/rules.txt"), "Answer from the passages only.");

        assertThat(prompts.reloaded().text("llm/rules")).isEqualTo("Answer from the passages only.");
    }

    @Test
    void should_reject_names_that_could_leave_the_folder() {
        assertThatThrownBy(() -> Prompts.from(folder).text("../secrets")).hasMessageContaining("not a template name");
    }
}
