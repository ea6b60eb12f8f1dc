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
        return new ModelFiles(userCache().resolve("models"));
    }

    /** {@code $XDG_CACHE_HOME/newsdesk}, or {@code ~/.cache/newsdesk}: what Newsdesk keeps between runs outside its data folder. */
    static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("newsdesk");
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
            return copied(connection, checksum(connection) + "-" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model file " + resource + " to " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected location of " + resource + ": " + url, e);
        }
    }

    /** The jar entry's CRC, or the resource's length when it is not in a jar. */
    static String checksum(URLConnection connection) throws IOException {
        return connection instanceof JarURLConnection jar
                ? Long.toHexString(jar.getJarEntry().getCrc()) : Long.toString(connection.getContentLengthLong());
    }

    /** The resource as {@code name} in this folder, copied unless a file of its size is there already. */
    Path copied(URLConnection connection, String name) throws IOException {
        Path target = folder.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == connection.getContentLengthLong()) {
            return target;
        }
        return copy(connection, target);
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
