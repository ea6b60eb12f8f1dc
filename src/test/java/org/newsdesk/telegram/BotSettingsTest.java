package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;

class BotSettingsTest {

    @Test
    void should_default_to_telegrams_own_server_and_never_print_the_token() throws ConfigurationException {
        BotSettings settings = BotSettings.from(Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:secret",
                "NEWSDESK_ADMINS", "5, 6")));

        assertThat(settings.apiUrl().getSchema()).isEqualTo("https");
        assertThat(settings.apiUrl().getHost()).isEqualTo("api.telegram.org");
        assertThat(settings.apiUrl().getPort()).isEqualTo(443);
        assertThat(settings.admins()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void should_take_a_local_bot_api_server_with_its_port() throws ConfigurationException {
        var url = BotSettings.apiUrl("http://127.0.0.1:8081/");

        assertThat(url.getSchema()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isEqualTo(8081);
    }

    @Test
    void should_refuse_a_missing_token_and_urls_the_client_cannot_use() {
        assertThatThrownBy(() -> BotSettings.from(Settings.load(Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("TELEGRAM_BOT_TOKEN is not set");
        assertThatThrownBy(() -> BotSettings.apiUrl("ftp://example.org")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> BotSettings.apiUrl("https://example.org/telegram"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no path");
        assertThatThrownBy(() -> BotSettings.apiUrl("not a url")).isInstanceOf(ConfigurationException.class);
    }
}
