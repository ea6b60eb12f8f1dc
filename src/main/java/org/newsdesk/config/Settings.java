package org.newsdesk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The effective settings: every key of the {@link Schema}, from the environment, else the properties file
 * named by {@code NEWSDESK_CONFIG} (default {@code newsdesk.properties} in the working directory, if
 * present), else its default. Loading checks everything at once, so a misspelt key or a malformed value
 * stops the process before any work: an unknown {@code NEWSDESK_*} variable, any unknown key in the file,
 * or a value of the wrong type. {@link #toString()} masks secrets.
 */
public final class Settings {

    /** Where a value came from, as {@code newsdesk config} shows it. */
    public enum Origin { ENVIRONMENT, FILE, DEFAULT, UNSET }

    /** A setting's value (canonical form; null when unset) and its origin. */
    public record Value(Setting setting, String text, Origin origin) {
        /** The value as it may be printed: secrets masked. */
        public String shown() {
            return text == null ? "" : setting.secret() ? "****" : text;
        }
    }

    private final Map<Setting, Value> values;

    private Settings(Map<Setting, Value> values) {
        this.values = Map.copyOf(values);
    }

    /** Settings from this process's environment and the optional file. */
    public static Settings fromEnvironment() throws ConfigurationException {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> environment) throws ConfigurationException {
        Map<String, String> fromEnvironment = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String key = variable.getKey();
            if (Schema.find(key).isPresent()) {
                fromEnvironment.put(key, variable.getValue());
            } else if (key.startsWith(Schema.OWN_PREFIX)) {
                throw unknown(key, "the environment");
            }
        }
        Map<String, String> fromFile = file(fromEnvironment.get(Schema.CONFIG.key()));
        Map<Setting, Value> values = new LinkedHashMap<>();
        for (Setting setting : Schema.ALL) {
            values.put(setting, value(setting, fromEnvironment.get(setting.key()), fromFile.get(setting.key())));
        }
        return new Settings(values);
    }

    private static Value value(Setting setting, String environment, String file) throws ConfigurationException {
        if (environment != null && !environment.isBlank()) {
            return new Value(setting, setting.checked(environment), Origin.ENVIRONMENT);
        }
        if (file != null && !file.isBlank()) {
            return new Value(setting, setting.checked(file), Origin.FILE);
        }
        return setting.defaultValue() == null ? new Value(setting, null, Origin.UNSET)
                : new Value(setting, setting.defaultValue(), Origin.DEFAULT);
    }

    private static Map<String, String> file(String named) throws ConfigurationException {
        boolean isNamed = named != null && !named.isBlank();
        Path file = Path.of(isNamed ? named.strip() : Schema.CONFIG.defaultValue());
        if (!Files.isRegularFile(file)) {
            if (isNamed) {
                throw new ConfigurationException("the settings file " + file + " named by " + Schema.CONFIG.key()
                        + " does not exist");
            }
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read the settings file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            String key = name.strip();
            if (Schema.find(key).isEmpty()) {
                throw unknown(key, "the settings file " + file);
            }
            if (key.equals(Schema.CONFIG.key())) {
                throw new ConfigurationException(key + " in " + file + " has no effect: set it in the environment");
            }
            values.put(key, properties.getProperty(name));
        }
        return values;
    }

    private static ConfigurationException unknown(String key, String where) {
        String shown = key.replaceAll("[^A-Za-z0-9_.-]", "?");
        return new ConfigurationException(shown + " in " + where + " is not a Newsdesk setting; did you mean "
                + Schema.closest(key) + "?");
    }

    /** The value, or empty when unset and without a default. */
    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(value(setting).text());
    }

    public Value value(Setting setting) {
        Value value = values.get(setting);
        if (value == null) {
            throw new IllegalArgumentException(setting.key() + " is not declared in config/Schema");
        }
        return value;
    }

    /** Every setting with its effective value and origin, in the schema's order. */
    public List<Value> effective() {
        return Schema.ALL.stream().map(this::value).toList();
    }

    /** A number-valued setting (already checked); empty when unset. */
    public Optional<Integer> integer(Setting setting) {
        return get(setting).map(Integer::parseInt);
    }

    public Duration seconds(Setting setting) {
        return Duration.ofMillis(Math.round(Double.parseDouble(get(setting).orElseThrow()) * 1000));
    }

    public boolean flag(Setting setting) {
        return get(setting).map(Boolean::parseBoolean).orElse(false);
    }

    /** Comma-separated numeric Telegram user ids. */
    public Set<Long> ids(Setting setting) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : get(setting).orElse("").split("[,\\s]+")) {
            if (!part.isBlank()) {
                ids.add(Long.parseLong(part.strip()));
            }
        }
        return Set.copyOf(ids);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Settings{");
        effective().stream().filter(value -> value.text() != null)
                .forEach(value -> out.append(value.setting().key()).append('=').append(value.shown()).append(", "));
        return out.append('}').toString();
    }
}
