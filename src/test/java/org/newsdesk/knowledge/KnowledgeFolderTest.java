package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.LongPath;

class KnowledgeFolderTest {

    @TempDir
    Path root;

    @Test
    void should_load_good_files_and_name_each_bad_one_with_its_reason() throws Exception {
        Path folder = Files.createDirectories(root.resolve("knowledge"));
        Files.writeString(folder.resolve("good.txt"), "Talks resumed in Geneva on Monday.");
        Files.write(folder.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '.'});
        Files.writeString(folder.resolve("empty.md"), "");
        Files.writeString(folder.resolve("huge.txt"), "x".repeat((int) KnowledgeFolder.MAX_FILE_BYTES + 1));
        Files.writeString(folder.resolve("copy.txt"), "Talks resumed in Geneva on Monday.");
        Files.writeString(folder.resolve("notes.csv"), "ignored, not an article");
        Files.writeString(root.resolve("outside.txt"), "A secret outside the folder.");
        Files.createSymbolicLink(folder.resolve("link.txt"), root.resolve("outside.txt"));

        FolderScan scan = new KnowledgeFolder(folder).scan();

        assertThat(scan.articles()).extracting(Article::document).containsExactly("copy.txt");
        assertThat(scan.failures()).extracting(LoadFailure::document)
                .containsExactlyInAnyOrder("latin1.txt", "empty.md", "huge.txt", "good.txt", "link.txt");
        assertThat(reason(scan, "latin1.txt")).contains("not valid UTF-8");
        assertThat(reason(scan, "empty.md")).contains("empty");
        assertThat(reason(scan, "huge.txt")).contains("over the limit");
        assertThat(reason(scan, "good.txt")).contains("same article text as copy.txt");
        assertThat(reason(scan, "link.txt")).contains("outside the knowledge folder");
    }

    @Test
    void should_keep_the_curated_copy_when_the_same_article_is_there_raw_as_well() throws Exception {
        Path folder = Files.createDirectories(root.resolve("knowledge"));
        Files.writeString(folder.resolve("a-raw.txt"), "Two towns were evacuated on Friday.");
        Files.writeString(folder.resolve("b-curated.md"), "---\nfacts:\n  - fact: Two towns left.\n"
                + "    quote: Two towns were evacuated\n---\nTwo towns were evacuated on Friday.");

        FolderScan scan = new KnowledgeFolder(folder).scan();

        assertThat(scan.articles()).extracting(Article::document).containsExactly("b-curated.md");
        assertThat(scan.failures()).containsExactly(new LoadFailure("a-raw.txt", "same article text as b-curated.md"));
    }

    @Test
    void should_name_a_subfolder_it_cannot_enter_and_load_the_rest() throws Exception {
        // given a good article, and one under a path longer than the system allows
        Path folder = Files.createDirectories(root.resolve("knowledge"));
        Files.writeString(folder.resolve("good.txt"), "Talks resumed in Geneva on Monday.");
        try (LongPath deep = LongPath.under(folder, Files.createDirectories(root.resolve("scratch")),
                "Flights resumed in Oslo on Tuesday.")) {

            // when
            FolderScan scan = new KnowledgeFolder(folder).scan();

            // then
            assertThat(scan.articles()).extracting(Article::document).containsExactly("good.txt");
            assertThat(scan.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.document()).startsWith("deep/ddd");
                assertThat(failure.reason()).isEqualTo("cannot be read: file name too long");
            });
        }
    }

    @Test
    void should_say_in_a_few_words_why_an_entry_could_not_be_read() throws Exception {
        // given what the walk hands over when the system refuses an entry (as root, permissions cannot refuse)
        Path folder = Files.createDirectories(root.resolve("knowledge"));
        KnowledgeFolder.ArticleFiles walk = new KnowledgeFolder.ArticleFiles(folder);
        String longPath = folder.resolve("x".repeat(4_000)).toString();

        // when
        walk.visitFileFailed(folder.resolve("private"), new AccessDeniedException(folder.resolve("private").toString()));
        walk.visitFileFailed(folder.resolve("gone"), new NoSuchFileException(folder.resolve("gone").toString()));
        walk.visitFileFailed(folder.resolve("odd"), new FileSystemException(longPath, null, "Input/output error"));
        walk.visitFileFailed(folder.resolve(".hidden"), new AccessDeniedException("hidden"));

        // then
        assertThat(walk.unreadable).containsExactly(
                new LoadFailure("private", "cannot be read: permission denied"),
                new LoadFailure("gone", "cannot be read: it disappeared while the folder was being read"),
                new LoadFailure("odd", "cannot be read: input/output error"));
    }

    @Test
    void should_fail_clearly_when_the_folder_does_not_exist() {
        assertThatThrownBy(() -> new KnowledgeFolder(root.resolve("missing")).scan())
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("knowledge folder not found");
    }

    private static String reason(FolderScan scan, String document) {
        return scan.failures().stream().filter(f -> f.document().equals(document)).findFirst().orElseThrow().reason();
    }
}
