package org.newsdesk.llm;

import java.time.Duration;
import java.util.Optional;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Setting;
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

    /** The model settings, or empty when {@code NEWSDESK_LLM} is {@code none}. */
    public static Optional<LlmSettings> from(Settings settings) throws ConfigurationException {
        String mode = settings.get(Schema.LLM).orElseThrow();
        Provider provider = switch (mode) {
            case "openai" -> Provider.OPENAI;
            case "ollama" -> Provider.OLLAMA;
            default -> null;
        };
        if (provider == null) {
            return Optional.empty();
        }
        String model = settings.get(Schema.MODEL).orElseThrow(() -> new ConfigurationException(
                Schema.MODEL.key() + " must name the model to use when " + Schema.LLM.key() + "=" + mode));
        Setting url = provider == Provider.OPENAI ? Schema.OPENAI_BASE_URL : Schema.OLLAMA_BASE_URL;
        String baseUrl = settings.get(url).orElseThrow();
        String apiKey = provider == Provider.OPENAI ? settings.get(Schema.OPENAI_API_KEY).orElse(null) : null;
        if (apiKey == null && baseUrl.startsWith(Schema.OPENAI_BASE_URL.defaultValue())) {
            throw new ConfigurationException(Schema.OPENAI_API_KEY.key() + " must be set to use "
                    + Schema.OPENAI_BASE_URL.defaultValue());
        }
        return Optional.of(new LlmSettings(provider, baseUrl, apiKey, model, settings.seconds(Schema.LLM_TIMEOUT),
                settings.integer(Schema.LLM_RETRIES).orElseThrow(), settings.seconds(Schema.LLM_COOLDOWN),
                settings.flag(Schema.LLM_VERIFY)));
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.label() + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "none" : "****") + ", model=" + model + ", timeout=" + timeout
                + ", retries=" + retries + ", cooldown=" + cooldown + ", verify=" + verify + "]";
    }
}
