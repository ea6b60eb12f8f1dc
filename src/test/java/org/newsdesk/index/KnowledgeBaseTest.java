package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.knowledge.KnowledgeFolder;
import org.newsdesk.testsupport.SharedModel;

class KnowledgeBaseTest {

    @TempDir
    Path root;
    Path folder;

    @BeforeEach
    void createFolder() throws Exception {
        folder = Files.createDirectories(root.resolve("knowledge"));
        Files.writeString(folder.resolve("a.txt"), "Talks resumed in Geneva on Monday. Both sides attended.");
        Files.writeString(folder.resolve("b.txt"), "Heavy rain flooded two towns. Residents were evacuated.");
    }

    private KnowledgeBase knowledgeBase() {
        return new KnowledgeBase(new KnowledgeFolder(folder),
                new Indexer(SharedModel.get(), new EmbeddingCache(root.resolve("data/embeddings"))), root.resolve("data"));
    }

    @Test
    void should_load_every_article_into_a_snapshot() {
        KnowledgeBase knowledge = knowledgeBase();

        ReloadReport report = knowledge.reload(Progress.NONE);

        assertThat(report.applied()).isTrue();
        assertThat(report.added()).containsExactly("a.txt", "b.txt");
        assertThat(knowledge.current().passages()).hasSize(4);
        assertThat(knowledge.current().passage(0).text()).isEqualTo("Talks resumed in Geneva on Monday.");
    }

    @Test
    void should_embed_only_changed_articles_and_report_changes_since_the_previous_run() throws Exception {
        knowledgeBase().reload(Progress.NONE);
        Files.writeString(folder.resolve("b.txt"), "Heavy rain flooded three towns. Residents were evacuated.");
        Files.writeString(folder.resolve("c.txt"), "A new bridge opened in Porto.");

        ReloadReport report = knowledgeBase().reload(Progress.NONE);

        assertThat(report.unchanged()).containsExactly("a.txt");
        assertThat(report.changed()).containsExactly("b.txt");
        assertThat(report.added()).containsExactly("c.txt");
        assertThat(report.embedded()).isEqualTo(2);
    }

    @Test
    void should_report_removed_articles() throws Exception {
        KnowledgeBase knowledge = knowledgeBase();
        knowledge.reload(Progress.NONE);
        Files.delete(folder.resolve("a.txt"));

        ReloadReport report = knowledge.reload(Progress.NONE);

        assertThat(report.removed()).containsExactly("a.txt");
        assertThat(knowledge.current().articles()).hasSize(1);
    }

    @Test
    void should_keep_the_working_snapshot_when_nothing_loads() throws Exception {
        KnowledgeBase knowledge = knowledgeBase();
        knowledge.reload(Progress.NONE);
        Snapshot working = knowledge.current();
        Files.delete(folder.resolve("a.txt"));
        Files.write(folder.resolve("b.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0});

        ReloadReport report = knowledge.reload(Progress.NONE);

        assertThat(report.applied()).isFalse();
        assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.document()).isEqualTo("b.txt"));
        assertThat(knowledge.current()).isSameAs(working);
    }

    @Test
    void should_skip_a_bad_file_and_load_the_others() throws Exception {
        Files.writeString(folder.resolve("bad.md"), "---\npublished: soon\n---\nSome text.");
        KnowledgeBase knowledge = knowledgeBase();

        ReloadReport report = knowledge.reload(Progress.NONE);

        assertThat(report.hasFailures()).isTrue();
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.document()).isEqualTo("bad.md");
            assertThat(f.reason()).contains("not a date");
        });
        assertThat(knowledge.current().articles()).hasSize(2);
        assertThat(report.lines()).anyMatch(line -> line.contains("bad.md") && line.contains("not a date"));
    }

    @Test
    void should_embed_again_and_report_an_article_whose_cached_vectors_were_damaged() throws Exception {
        // given a built index, then one article's cached vectors zeroed behind an intact header
        knowledgeBase().reload(Progress.NONE);
        Path damaged;
        try (var files = Files.list(root.resolve("data/embeddings"))) {
            damaged = files.filter(file -> file.toString().endsWith(".vec")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(damaged);
        java.util.Arrays.fill(bytes, 200, bytes.length - 4, (byte) 0);
        Files.write(damaged, bytes);

        // when
        KnowledgeBase knowledge = knowledgeBase();
        ReloadReport report = knowledge.reload(Progress.NONE);

        // then
        assertThat(report.embedded()).isEqualTo(1);
        assertThat(report.repaired()).singleElement().satisfies(repair ->
                assertThat(repair.reason()).isEqualTo("checksum mismatch"));
        assertThat(report.lines()).anyMatch(line -> line.startsWith("repaired (1): ")
                && line.contains("(checksum mismatch)"));
        assertThat(knowledge.current().similarity(SharedModel.get().embedQuery("Where did the talks resume?"), 0))
                .isGreaterThan(0.5);
        assertThat(knowledgeBase().reload(Progress.NONE).repaired()).isEmpty();
    }

    @Test
    void should_report_its_own_first_build_as_added_when_another_process_writes_the_manifest_meanwhile() {
        // given another process that finishes the same build while this one embeds
        Path manifest = root.resolve("data/manifest.json");
        Progress otherProcessFinishes = (done, total, what) -> {
            try {
                Files.createDirectories(manifest.getParent());
                Files.writeString(manifest, "{\"a.txt\":\"x\",\"b.txt\":\"y\"}");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        // when
        ReloadReport report = knowledgeBase().reload(otherProcessFinishes);

        // then
        assertThat(report.added()).containsExactly("a.txt", "b.txt");
        assertThat(report.unchanged()).isEmpty();
    }
}
