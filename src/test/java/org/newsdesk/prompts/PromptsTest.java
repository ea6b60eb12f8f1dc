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
        Files.createDirectories(folder.resolve("answer"));
        Files.writeString(folder.resolve("answer/not-found.txt"), "Nothing on that, sorry.\n");

        Prompts prompts = Prompts.from(folder);

        assertThat(prompts.text("answer/not-found")).isEqualTo("Nothing on that, sorry.");
        assertThat(prompts.text("answer/empty")).isEqualTo(Prompts.bundled().text("answer/empty"));
    }

    @Test
    void should_fill_placeholders_and_insist_on_every_value() {
        Prompts prompts = Prompts.bundled();

        assertThat(prompts.render("answer/too-long", Map.of("limit", 500))).contains("500");
        assertThatThrownBy(() -> prompts.render("answer/too-long", Map.of())).hasMessageContaining("limit");
    }

    @Test
    void should_read_changes_after_a_reload() throws Exception {
        Files.createDirectories(folder.resolve("answer"));
        Files.writeString(folder.resolve("answer/empty.txt"), "Ask me something.");
        Prompts prompts = Prompts.from(folder);
        prompts.text("answer/empty");
        Files.writeString(folder.resolve("answer/empty.txt"), "Ask me about the news.");

        assertThat(prompts.reloaded().text("answer/empty")).isEqualTo("Ask me about the news.");
    }

    @Test
    void should_reject_names_that_could_leave_the_folder() {
        assertThatThrownBy(() -> Prompts.from(folder).text("../secrets")).hasMessageContaining("not a template name");
    }
}
