package org.newsdesk.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The model files bundled in the jar, as files on disk, so that ONNX Runtime reads a model from a
 * file: natively, never held whole in the Java heap (reading the 34 MB model through a growing buffer
 * cost a heap peak of about 100 MB that the JVM then kept). A bundled model is copied once into a
 * cache folder under a name that carries its checksum, so a different model never reuses the file;
 * a partial copy never appears under the real name.
 */
final class ModelFiles {

    private final Path folder;

    ModelFiles(Path folder) {
        this.folder = folder;
    }

    /** {@code $XDG_CACHE_HOME/newsdesk/models}, or {@code ~/.cache/newsdesk/models}. */
    static ModelFiles inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return new ModelFiles(cache.resolve("newsdesk").resolve("models"));
    }

    /** The class-path resource as a file: itself when it is one, else a copy in the cache folder. */
    Path file(String resource) {
        URL url = ModelFiles.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the model file " + resource + " is not on the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            URLConnection connection = url.openConnection();
            String checksum = connection instanceof JarURLConnection jar
                    ? Long.toHexString(jar.getJarEntry().getCrc()) : Long.toString(connection.getContentLengthLong());
            Path target = folder.resolve(checksum + "-" + resource);
            if (Files.isRegularFile(target) && Files.size(target) == connection.getContentLengthLong()) {
                return target;
            }
            return copy(connection, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model file " + resource + " to " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected location of " + resource + ": " + url, e);
        }
    }

    private Path copy(URLConnection connection, Path target) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
