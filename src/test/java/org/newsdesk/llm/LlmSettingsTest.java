package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;

class LlmSettingsTest {

    @Test
    void should_be_off_unless_a_provider_is_named() throws Exception {
        assertThat(LlmSettings.from(Settings.load(Map.of()))).isEmpty();
        assertThat(LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "none")))).isEmpty();
    }

    @Test
    void should_read_an_ollama_setup_with_sensible_defaults() throws Exception {
        LlmSettings settings = LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "ollama",
                "NEWSDESK_MODEL", "llama3.1"))).orElseThrow();

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retries()).isEqualTo(1);
    }

    @Test
    void should_need_a_model_name_and_a_key_for_openai_itself() {
        assertThatThrownBy(() -> LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "openai"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NEWSDESK_MODEL");
        assertThatThrownBy(() -> LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "openai",
                "NEWSDESK_MODEL", "gpt-4o-mini"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void should_need_no_key_for_a_local_openai_compatible_server() throws Exception {
        assertThat(LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "openai", "NEWSDESK_MODEL", "qwen",
                "OPENAI_BASE_URL", "http://localhost:8080/v1")))).isPresent();
    }

    @Test
    void should_never_show_the_api_key() throws Exception {
        LlmSettings settings = LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "openai",
                "NEWSDESK_MODEL", "gpt-4o-mini", "OPENAI_API_KEY", "sk-secret-123"))).orElseThrow();

        assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("apiKey=****");
    }

    @Test
    void should_ask_for_a_second_opinion_only_when_told_to() throws Exception {
        Map<String, String> ollama = Map.of("NEWSDESK_LLM", "ollama", "NEWSDESK_MODEL", "llama3.1");
        assertThat(LlmSettings.from(Settings.load(ollama)).orElseThrow().verify()).isFalse();
        assertThat(LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "ollama", "NEWSDESK_MODEL", "llama3.1",
                "NEWSDESK_LLM_VERIFY", "true"))).orElseThrow().verify()).isTrue();
        assertThatThrownBy(() -> LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "ollama",
                "NEWSDESK_MODEL", "llama3.1", "NEWSDESK_LLM_VERIFY", "maybe"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NEWSDESK_LLM_VERIFY");
    }

    @Test
    void should_reject_a_malformed_timeout() {
        assertThatThrownBy(() -> LlmSettings.from(Settings.load(Map.of("NEWSDESK_LLM", "ollama",
                "NEWSDESK_MODEL", "llama3.1", "NEWSDESK_LLM_TIMEOUT", "soon"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NEWSDESK_LLM_TIMEOUT");
    }
}
