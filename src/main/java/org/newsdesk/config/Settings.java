package org.newsdesk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Everything configurable that is not a folder. Keys are the environment variable names, in the
 * environment or in a properties file named by {@code NEWSDESK_CONFIG} (default {@code newsdesk.properties}
 * in the working directory, if present); the environment wins. {@link #toString()} masks secrets.
 */
public final class Settings {

    public static final String CONFIG_FILE = "NEWSDESK_CONFIG";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Settings from this process's environment and the optional file. */
    public static Settings fromEnvironment() throws ConfigurationException {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> environment) throws ConfigurationException {
        Map<String, String> merged = new HashMap<>();
        String named = environment.get(CONFIG_FILE);
        Path file = Path.of(named == null || named.isBlank() ? "newsdesk.properties" : named);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigurationException("cannot read the settings file " + file + ": " + e.getMessage());
            }
            properties.forEach((key, value) -> merged.put(key.toString().strip(), value.toString().strip()));
        } else if (named != null && !named.isBlank()) {
            throw new ConfigurationException("the settings file " + file + " named by " + CONFIG_FILE + " does not exist");
        }
        environment.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(key, value.strip());
            }
        });
        merged.keySet().removeIf(key -> !isNewsdeskKey(key));
        return new Settings(merged);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int integer(String key, int fallback) throws ConfigurationException {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be a whole number, not '" + value.get() + "'");
        }
    }

    public Duration seconds(String key, Duration fallback) throws ConfigurationException {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double seconds = Double.parseDouble(value.get());
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be a positive number of seconds, not '" + value.get() + "'");
        }
    }

    /** Comma-separated numeric Telegram user ids. */
    public Set<Long> ids(String key) throws ConfigurationException {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : get(key, "").split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigurationException(key + " must list numeric user ids separated by commas; '"
                        + part + "' is not one");
            }
        }
        return Set.copyOf(ids);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Settings{");
        values.keySet().stream().sorted().forEach(key -> out.append(key).append('=')
                .append(isSecret(key) ? "****" : values.get(key)).append(", "));
        return out.append('}').toString();
    }

    /** Only these are kept, so an unrelated variable of the environment never ends up in a log. */
    private static boolean isNewsdeskKey(String key) {
        return key.startsWith("NEWSDESK_") || key.startsWith("TELEGRAM_") || key.startsWith("OPENAI_")
                || key.startsWith("OLLAMA_");
    }

    private static boolean isSecret(String key) {
        return key.contains("TOKEN") || key.contains("KEY") || key.contains("SECRET") || key.contains("PASSWORD");
    }
}
