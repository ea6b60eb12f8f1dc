package org.newsdesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A subfolder the walk cannot enter, made without permissions (tests run as root, who may read
 * anything): a path longer than the system allows (4,096 bytes on Linux). No single call may name such
 * a path, so it is built in two halves of about 3,000 characters and the second is moved under the
 * first. {@link #close()} moves it back out, so the temporary folder can be deleted.
 *
 * @param article where the unreachable article is, relative to the folder it was made in; longer than any path
 *                the system accepts
 */
public record LongPath(Path outside, Path inside, String article) implements AutoCloseable {

    private static final String SEGMENT = "d".repeat(200);
    private static final int SEGMENTS_PER_HALF = 15;

    /**
     * Makes {@code folder/deep/ddd…/far/ddd…/lost.md} (over 6,000 characters) holding {@code content};
     * {@code scratch} is a folder outside {@code folder} where the second half is built.
     */
    public static LongPath under(Path folder, Path scratch, String content) throws IOException {
        Path first = Files.createDirectories(folder.resolve("deep").resolve(chain()));
        Path second = Files.createDirectories(scratch.resolve("far").resolve(chain()));
        Files.writeString(second.resolve("lost.md"), content);
        Path inside = first.resolve("far");
        Files.move(scratch.resolve("far"), inside);
        String article = folder.relativize(inside.resolve(chain()).resolve("lost.md")).toString();
        return new LongPath(scratch.resolve("far"), inside, article);
    }

    @Override
    public void close() throws IOException {
        Files.move(inside, outside);
    }

    private static String chain() {
        return String.join("/", java.util.Collections.nCopies(SEGMENTS_PER_HALF, SEGMENT));
    }
}
