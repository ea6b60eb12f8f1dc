package org.newsdesk.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;

/**
 * How to reach the language model, read from the settings. {@link #toString()} never shows the key.
 *
 * @param timeout  how long one model call may take before the answer falls back
 * @param retries  how many times a failed (non-streaming) call is retried
 * @param cooldown after a failure, how long questions are answered without trying the model again
 * @param verify   whether the model is asked, in a call of its own, whether each quoted span supports its sentence
 */
public record LlmSettings(Provider provider, String baseUrl, String apiKey, String model, Duration timeout,
                          int retries, Duration cooldown, boolean verify) {

    public static final String MODE = "NEWSDESK_LLM";
    public static final String MODEL = "NEWSDESK_MODEL";
    public static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";
    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    public static final String OLLAMA_BASE_URL = "OLLAMA_BASE_URL";
    public static final String TIMEOUT = "NEWSDESK_LLM_TIMEOUT";
    public static final String RETRIES = "NEWSDESK_LLM_RETRIES";
    public static final String COOLDOWN = "NEWSDESK_LLM_COOLDOWN";
    public static final String VERIFY = "NEWSDESK_LLM_VERIFY";

    static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
    static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";
    /** Local models on a CPU can take tens of seconds for a paragraph; longer than this, readers give up. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_RETRIES = 1;
    static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(30);
    /** Off by default: the second opinion costs one more model call per answer. */
    static final boolean DEFAULT_VERIFY = false;

    /** The model settings, or empty when {@code NEWSDESK_LLM} is unset or {@code none}. */
    public static Optional<LlmSettings> from(Settings settings) throws ConfigurationException {
        String mode = settings.get(MODE, "none").strip().toLowerCase(Locale.ROOT);
        Provider provider = switch (mode) {
            case "none" -> null;
            case "openai" -> Provider.OPENAI;
            case "ollama" -> Provider.OLLAMA;
            default -> throw new ConfigurationException(MODE + " must be none, openai or ollama, not '" + mode + "'");
        };
        if (provider == null) {
            return Optional.empty();
        }
        String model = settings.get(MODEL).orElseThrow(() -> new ConfigurationException(
                MODEL + " must name the model to use when " + MODE + "=" + mode));
        String baseUrl = provider == Provider.OPENAI ? settings.get(OPENAI_BASE_URL, OPENAI_DEFAULT_URL)
                : settings.get(OLLAMA_BASE_URL, OLLAMA_DEFAULT_URL);
        if (!baseUrl.matches("https?://\\S+")) {
            throw new ConfigurationException((provider == Provider.OPENAI ? OPENAI_BASE_URL : OLLAMA_BASE_URL)
                    + " must be an http(s) URL, not '" + baseUrl + "'");
        }
        String apiKey = provider == Provider.OPENAI ? settings.get(OPENAI_API_KEY).orElse(null) : null;
        if (apiKey == null && baseUrl.startsWith(OPENAI_DEFAULT_URL)) {
            throw new ConfigurationException(OPENAI_API_KEY + " must be set to use " + OPENAI_DEFAULT_URL);
        }
        int retries = settings.integer(RETRIES, DEFAULT_RETRIES);
        if (retries < 0) {
            throw new ConfigurationException(RETRIES + " must be 0 or more, not " + retries);
        }
        String verify = settings.get(VERIFY, String.valueOf(DEFAULT_VERIFY)).strip().toLowerCase(Locale.ROOT);
        if (!verify.equals("true") && !verify.equals("false")) {
            throw new ConfigurationException(VERIFY + " must be true or false, not '" + verify + "'");
        }
        return Optional.of(new LlmSettings(provider, baseUrl, apiKey, model,
                settings.seconds(TIMEOUT, DEFAULT_TIMEOUT), retries, settings.seconds(COOLDOWN, DEFAULT_COOLDOWN),
                Boolean.parseBoolean(verify)));
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.label() + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "none" : "****") + ", model=" + model + ", timeout=" + timeout
                + ", retries=" + retries + ", cooldown=" + cooldown + ", verify=" + verify + "]";
    }
}
