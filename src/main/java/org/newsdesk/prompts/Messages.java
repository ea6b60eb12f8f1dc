package org.newsdesk.prompts;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text a reader or an administrator sees, by key, in their language:
 * {@code messages.text(locale, "answer.not-found", Map.of())}. One bundle per language,
 * {@code prompts/messages/<language>.properties} (UTF-8), each message an ICU MessageFormat pattern, so
 * plurals follow the language's own rules ({@code {count, plural, one {# article} other {# articles}}}).
 * <p>
 * A message missing from a language's bundle is taken from English. A bundle in the prompts folder
 * overrides the copy bundled in the jar key by key; a message there that does not parse is logged
 * and the jar's copy used instead, so an editor's typo never silences a reply. Bundles are read once,
 * on first use; {@link #reloaded()} reads them afresh.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    /** The language every other bundle falls back to, and which must hold every key. */
    public static final Locale REFERENCE = Locale.ENGLISH;
    private static final String BUNDLES = "messages/";

    private final PromptFolder folder;
    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

    private Messages(PromptFolder folder) {
        this.folder = folder;
    }

    /** Bundles from a prompts folder, which need not exist, over the copies in the jar. */
    public static Messages from(Path promptsFolder) {
        return new Messages(new PromptFolder(promptsFolder));
    }

    /** Only the bundles in the jar. */
    public static Messages bundled() {
        return new Messages(PromptFolder.BUNDLED_ONLY);
    }

    /** The same folder read afresh, for a reload. */
    public Messages reloaded() {
        return new Messages(folder);
    }

    public String text(Locale locale, String key) {
        return text(locale, key, Map.of());
    }

    /** The message {@code key} in the language of {@code locale} (else English), with {@code arguments} filled in. */
    public String text(Locale locale, String key, Map<String, ?> arguments) {
        Locale language = languageOf(locale, key);
        String pattern = bundle(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) arguments;
        return new MessageFormat(pattern, ULocale.forLocale(language)).format(values);
    }

    /**
     * The language {@code key} is written in for {@code locale}: its own when its bundle has the key, else
     * English. A date or list placed in or under that text is written in this language too, so a reply
     * whose texts fall back to English never carries a French month ("3 août 2025" under "The articles I
     * answer from").
     */
    public Locale languageOf(Locale locale, String key) {
        return bundle(locale).containsKey(key) ? locale : REFERENCE;
    }

    /** The keys the bundle of a language has itself, without those it would take from English. */
    public Set<String> keys(Locale locale) {
        return bundle(locale).keySet();
    }

    /** The pattern of {@code key} in this language's own bundle, if it has one. */
    public Optional<String> pattern(Locale locale, String key) {
        return Optional.ofNullable(bundle(locale).get(key));
    }

    private Map<String, String> bundle(Locale locale) {
        return bundles.computeIfAbsent(locale.getLanguage(), this::load);
    }

    private Map<String, String> load(String language) {
        String name = BUNDLES + language + ".properties";
        Map<String, String> messages = new TreeMap<>(read(PromptFolder.bundled(name).orElse("")));
        folder.edited(name).map(Messages::read).ifPresent(edited -> edited.forEach((key, pattern) -> {
            if (parses(pattern)) {
                messages.put(key, pattern);
            } else {
                LOG.warn("The message {} in {} does not parse; using the bundled one", key, folder.file(name));
            }
        }));
        return Map.copyOf(messages);
    }

    private static boolean parses(String pattern) {
        try {
            new MessageFormat(pattern, ULocale.ENGLISH);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> read(String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
