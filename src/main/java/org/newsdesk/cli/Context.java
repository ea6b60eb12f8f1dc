package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;

/** What a command runs with: its streams and environment, given rather than global so tests can drive it. */
public record Context(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {

    public Settings settings() throws ConfigurationException {
        return Settings.load(environment);
    }

    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
