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
}
