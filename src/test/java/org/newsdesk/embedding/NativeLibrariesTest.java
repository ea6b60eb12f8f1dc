package org.newsdesk.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {

    @TempDir
    Path cache;

    private String before;

    @BeforeEach
    void clearProperty() {
        before = System.clearProperty(NativeLibraries.PATH_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty(NativeLibraries.PATH_PROPERTY);
        } else {
            System.setProperty(NativeLibraries.PATH_PROPERTY, before);
        }
    }

    @Test
    void should_copy_the_libraries_once_into_the_cache_and_point_onnx_runtime_at_them() throws Exception {
        // when
        NativeLibraries.preferCachedCopy(cache);

        // then
        Path folder = Path.of(System.getProperty(NativeLibraries.PATH_PROPERTY));
        assertThat(folder.getParent()).isEqualTo(cache.resolve("native"));
        assertThat(folder.getFileName().toString()).startsWith(NativeLibraries.platform().orElseThrow() + "-");
        assertThat(folder.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
        assertThat(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void should_leave_a_path_set_by_the_operator_alone() {
        // given
        System.setProperty(NativeLibraries.PATH_PROPERTY, "/opt/onnxruntime/lib");

        // when
        NativeLibraries.preferCachedCopy(cache);

        // then
        assertThat(System.getProperty(NativeLibraries.PATH_PROPERTY)).isEqualTo("/opt/onnxruntime/lib");
        assertThat(cache.resolve("native")).doesNotExist();
    }
}
