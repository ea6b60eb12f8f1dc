package org.newsdesk.embedding;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's native libraries, copied once out of the jar into the user's cache and loaded from
 * there ({@code onnxruntime.native.path}). Left to itself, ONNX Runtime 1.20 extracts them on every
 * start into a new {@code onnxruntime-java*} folder of the system's temporary folder and asks for that
 * folder to be deleted at exit before its files, so an empty folder stayed behind each run (16 MB of
 * libraries after a {@code kill -9}). It still makes the folder, but leaves it empty: deleted at exit.
 */
final class NativeLibraries {

    static final String PATH_PROPERTY = "onnxruntime.native.path";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);
    private static final String[] LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    private NativeLibraries() {
    }

    /**
     * Points ONNX Runtime at copies under {@code cache/native}, made if missing; must run before its
     * first use. Nothing changes when the property is already set or the copy cannot be made.
     */
    static void preferCachedCopy(Path cache) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return;
        }
        try {
            URLConnection[] libraries = new URLConnection[LIBRARIES.length];
            for (int i = 0; i < LIBRARIES.length; i++) {
                URL url = NativeLibraries.class.getClassLoader().getResource("ai/onnxruntime/native/" + platform.get()
                        + "/" + System.mapLibraryName(LIBRARIES[i]));
                if (url == null) {
                    return;
                }
                libraries[i] = url.openConnection();
            }
            // the runtime library's checksum names the folder, so another version never mixes with this one
            Path folder = cache.resolve("native").resolve(platform.get() + "-" + ModelFiles.checksum(libraries[0]));
            ModelFiles files = new ModelFiles(folder);
            for (int i = 0; i < LIBRARIES.length; i++) {
                files.copied(libraries[i], System.mapLibraryName(LIBRARIES[i]));
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("ONNX Runtime extracts its libraries itself: cannot copy them to {}: {}", cache, e.toString());
        }
    }

    /** The folder name ONNX Runtime's jar gives the platform, such as {@code linux-x64}. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return system == null || machine == null ? Optional.empty() : Optional.of(system + "-" + machine);
    }
}
