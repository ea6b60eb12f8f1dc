package org.newsdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.Progress;

/** Knowledge folders for tests, built from the real knowledge folder and the golden set's articles. */
public final class TestDesks {

    public static final Path KNOWLEDGE = Path.of("knowledge");
    public static final Path PROMPTS = Path.of("prompts");
    public static final Path GOLDEN_ARTICLES = Path.of("src/test/resources/golden/articles");
    public static final String SEED = "2025-10-11-afp-melania-trump-ukrainian-children.md";
    /** The seed exactly as delivered, without front matter: a copy of ../shared/seed, so tests need nothing outside the repo. */
    public static final String RAW_SEED = "000_95d0fd15a34da5df.txt";
    public static final String EXTRA = "2025-09-20-prisoner-exchange.txt";

    private TestDesks() {
    }

    /** A folder under {@code root} holding copies of the given files, found in the knowledge or golden folders. */
    public static Path folderWith(Path root, String... files) {
        try {
            Path folder = Files.createDirectories(root.resolve("knowledge"));
            for (String file : files) {
                Path source = Files.exists(KNOWLEDGE.resolve(file)) ? KNOWLEDGE.resolve(file)
                        : Files.exists(GOLDEN_ARTICLES.resolve(file)) ? GOLDEN_ARTICLES.resolve(file)
                        : Path.of(file);
                Files.copy(source, folder.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loaded desk over copies of the given files, with its data folder under {@code root}. */
    public static Desk loaded(Path root, String... files) {
        Desk desk = Desk.open(folderWith(root, files), PROMPTS, root.resolve("data"), SharedModel.get());
        desk.reload(Progress.NONE);
        return desk;
    }
}
