package org.newsdesk.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    private static final String IN_A_JAR = "e5-small-v2-q-tokenizer.json";

    @TempDir
    Path folder;

    @Test
    void should_copy_a_resource_from_a_jar_once_under_a_name_with_its_checksum() throws Exception {
        // given
        ModelFiles files = new ModelFiles(folder);

        // when
        Path first = files.file(IN_A_JAR);
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));
        Path second = files.file(IN_A_JAR);

        // then
        assertThat(first).hasParent(folder).isEqualTo(second);
        assertThat(first.getFileName().toString()).matches("[0-9a-f]+-" + IN_A_JAR);
        assertThat(Files.getLastModifiedTime(second).toMillis()).as("not copied again").isZero();
        assertThat(Files.list(folder)).hasSize(1);
    }

    @Test
    void should_use_a_resource_that_is_already_a_file_where_it_is() {
        Path file = new ModelFiles(folder).file("logback.xml");

        assertThat(file).isRegularFile();
        assertThat(file.startsWith(folder)).as("copied").isFalse();
    }

    @Test
    void should_say_which_resource_is_missing() {
        assertThatThrownBy(() -> new ModelFiles(folder).file("no-such-model.onnx"))
                .hasMessageContaining("no-such-model.onnx");
    }
}
