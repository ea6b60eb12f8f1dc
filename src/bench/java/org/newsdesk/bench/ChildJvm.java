package org.newsdesk.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.Newsdesk;

/**
 * Newsdesk in a new JVM, started the way a user starts it: the same Java, the product jar alone on the
 * class path (target/newsdesk.jar, which the bench jar names in its manifest; the bench's own class path
 * when it runs from classes, as in tests), JVM options of the caller's choosing, and an environment
 * without any Newsdesk or Telegram setting but those given.
 *
 * @param name    how the option set is called in the report
 * @param options JVM options, before the main class
 */
record ChildJvm(String name, List<String> options) {

    static final ChildJvm DEFAULT = new ChildJvm("no JVM options", List.of());
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /** A run that writes a class-data archive of the classes it loaded when it exits. */
    static ChildJvm archiving(Path archive) {
        return new ChildJvm("archiving", List.of("-XX:ArchiveClassesAtExit=" + archive));
    }

    /**
     * The option sets the start-up and memory measurements compare: none; the C1 compiler only; the
     * application class-data archive that {@link #archiving} wrote (AppCDS); and both.
     */
    static List<ChildJvm> choices(Path archive) {
        String cds = "-XX:SharedArchiveFile=" + archive;
        return List.of(DEFAULT, new ChildJvm(C1_ONLY, List.of(C1_ONLY)),
                new ChildJvm("AppCDS", List.of(cds)), new ChildJvm("AppCDS " + C1_ONLY, List.of(cds, C1_ONLY)));
    }

    ChildJvm {
        options = List.copyOf(options);
    }

    Process start(List<String> args, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", productClassPath(), Newsdesk.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(key -> key.startsWith("NEWSDESK_") || key.startsWith("TELEGRAM_")
                || key.startsWith("OPENAI_") || key.startsWith("OLLAMA_") || key.equals("JAVA_TOOL_OPTIONS")
                || key.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The jar Newsdesk was loaded from, so the bench's own classes and models stay out of the child. */
    private static String productClassPath() {
        try {
            Path product = Path.of(Newsdesk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(product) ? product.toString() : System.getProperty("java.class.path");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected location of the Newsdesk classes", e);
        }
    }
}
