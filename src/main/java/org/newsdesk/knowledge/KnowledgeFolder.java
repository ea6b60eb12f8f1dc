package org.newsdesk.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.text.Printable;

/**
 * The folder of article files. Every file is untrusted: it must be a regular {@code .txt} or {@code .md}
 * file inside the folder (symbolic links leading outside are not followed), valid UTF-8, not empty and
 * not over {@link #MAX_FILE_BYTES}. A file that fails is reported with its reason; the others load. So is
 * an entry the walk cannot enter (a subfolder without permission, a path longer than the system allows,
 * one deleted during the walk): it is named, and the rest of the folder loads.
 */
public final class KnowledgeFolder {

    /** Far above any news article (the seed is 3 KB), low enough that a stray dump cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    private final Path folder;
    private final ArticleParser parser = new ArticleParser();

    public KnowledgeFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** Reads every article file. Throws only when the folder itself cannot be read. */
    public FolderScan scan() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "knowledge folder not found");
        }
        Path root = folder.toRealPath();
        Map<String, Article> byText = new LinkedHashMap<>();
        ArticleFiles walk = new ArticleFiles(root);
        Files.walkFileTree(root, walk);
        List<LoadFailure> failures = new ArrayList<>(walk.unreadable);
        for (Path file : walk.files.stream().sorted().toList()) {
            String name = nameOf(root, file);
            try {
                Article article = load(root, file, name);
                Article earlier = byText.get(article.reporting());
                if (earlier == null) {
                    byText.put(article.reporting(), article);
                } else if (article.facts().size() > earlier.facts().size()) {
                    // the same report twice, say raw and curated: keep the copy an editor enriched
                    byText.put(article.reporting(), article);
                    failures.add(new LoadFailure(earlier.document(), "same article text as " + name));
                } else {
                    failures.add(new LoadFailure(name, "same article text as " + earlier.document()));
                }
            } catch (ArticleFormatException e) {
                failures.add(new LoadFailure(name, e.getMessage()));
            } catch (IOException e) {
                failures.add(new LoadFailure(name, unreadable(e)));
            }
        }
        return new FolderScan(List.copyOf(byText.values()), failures);
    }

    /**
     * Collects the article files of the folder and every entry it could not read. Symbolic links to
     * folders are not followed (a link to a file is checked when the file is loaded).
     */
    static final class ArticleFiles extends SimpleFileVisitor<Path> {

        private final Path root;
        final List<Path> files = new ArrayList<>();
        final List<LoadFailure> unreadable = new ArrayList<>();

        ArticleFiles(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isArticleName(file) && !Files.isDirectory(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path entry, IOException failure) throws IOException {
            if (entry.equals(root)) {
                throw failure;
            }
            if (!entry.getFileName().toString().startsWith(".")) {
                unreadable.add(new LoadFailure(nameOf(root, entry), unreadable(failure)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
            if (failure != null) {
                if (directory.equals(root)) {
                    throw failure;
                }
                unreadable.add(new LoadFailure(nameOf(root, directory), unreadable(failure)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static String nameOf(Path root, Path entry) {
        return root.relativize(entry).toString().replace('\\', '/');
    }

    /** Why an entry could not be read, in a few words. */
    static String unreadable(IOException failure) {
        return "cannot be read: " + (failure instanceof NoSuchFileException
                ? "it disappeared while the folder was being read" : Printable.reason(failure));
    }

    private static boolean isArticleName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"))
                && !name.equalsIgnoreCase("readme.md");
    }

    private Article load(Path root, Path file, String name) throws IOException, ArticleFormatException {
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new ArticleFormatException("is a link to a file outside the knowledge folder; not followed");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArticleFormatException("is not a regular file");
        }
        long size = Files.size(real);
        if (size > MAX_FILE_BYTES) {
            throw new ArticleFormatException("is " + size + " bytes, over the limit of " + MAX_FILE_BYTES);
        }
        if (size == 0) {
            throw new ArticleFormatException("is empty");
        }
        byte[] bytes = Files.readAllBytes(real);
        String content = stripByteOrderMark(decodeUtf8(bytes)).replace("\r\n", "\n");
        if (content.indexOf('\0') >= 0) {
            throw new ArticleFormatException("contains NUL characters; it looks like a binary file");
        }
        return parser.parse(name, content, sha256(bytes));
    }

    private static String decodeUtf8(byte[] bytes) throws ArticleFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException("is not valid UTF-8 text; save it as UTF-8");
        }
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
