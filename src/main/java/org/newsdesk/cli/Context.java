package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;

/**
 * What a command runs with: its streams and environment, given rather than global so tests can drive it.
 * The settings are read once, before the command runs, so every command sees the same ones.
 */
public final class Context {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private Settings settings;

    public Context(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
    }

    public synchronized Settings settings() throws ConfigurationException {
        if (settings == null) {
            settings = Settings.load(environment);
        }
        return settings;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
