package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void should_let_the_environment_win_over_the_file_and_say_where_each_value_came_from() throws Exception {
        // given
        Path file = Files.writeString(folder.resolve("newsdesk.properties"),
                "NEWSDESK_ADMINS=1,2\nTELEGRAM_API_URL=http://file\n");

        // when
        Settings settings = Settings.load(Map.of(Schema.CONFIG.key(), file.toString(),
                "TELEGRAM_API_URL", "http://env"));

        // then
        assertThat(settings.get(Schema.TELEGRAM_API_URL)).hasValue("http://env");
        assertThat(settings.value(Schema.TELEGRAM_API_URL).origin()).isEqualTo(Settings.Origin.ENVIRONMENT);
        assertThat(settings.ids(Schema.ADMINS)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(settings.value(Schema.ADMINS).origin()).isEqualTo(Settings.Origin.FILE);
        assertThat(settings.seconds(Schema.LLM_TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.value(Schema.LLM_TIMEOUT).origin()).isEqualTo(Settings.Origin.DEFAULT);
        assertThat(settings.value(Schema.MODEL).origin()).isEqualTo(Settings.Origin.UNSET);
    }

    @Test
    void should_never_print_secrets_or_unrelated_variables() throws Exception {
        Settings settings = Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "123:secret", "OPENAI_API_KEY", "sk-secret",
                "HOME", "/root", "NEWSDESK_LLM", "none"));

        assertThat(settings.toString()).doesNotContain("secret").doesNotContain("HOME").contains("NEWSDESK_LLM=none");
        assertThat(settings.value(Schema.TELEGRAM_BOT_TOKEN).shown()).isEqualTo("****");
    }

    @Test
    void should_name_the_closest_key_for_a_misspelt_one_in_the_environment_or_the_file() throws Exception {
        Path file = Files.writeString(folder.resolve("typo.properties"), "NEWSDESK_LOG_LEVL=DEBUG\n");

        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_LLM_TIMOUT", "abc")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("NEWSDESK_LLM_TIMOUT in the environment is not a Newsdesk setting;"
                        + " did you mean NEWSDESK_LLM_TIMEOUT?");
        assertThatThrownBy(() -> Settings.load(Map.of(Schema.CONFIG.key(), file.toString())))
                .hasMessageContaining("NEWSDESK_LOG_LEVL").hasMessageEndingWith("did you mean NEWSDESK_LOG_LEVEL?");
    }

    @Test
    void should_ignore_variables_of_other_programs_that_share_a_prefix_with_ours_but_not_our_own() throws Exception {
        Settings settings = Settings.load(Map.of("OPENAI_ORG_ID", "org-1", "TELEGRAM_DESKTOP", "1"));

        assertThat(settings.get(Schema.LLM)).hasValue("none");
    }

    @Test
    void should_reject_a_value_of_the_wrong_type_naming_the_key_and_what_it_takes() {
        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_LLM_TIMEOUT", "soon")))
                .hasMessage("NEWSDESK_LLM_TIMEOUT must be a positive number of seconds, not 'soon'");
        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_ADMINS", "12, bob")))
                .hasMessageContaining("NEWSDESK_ADMINS must be numeric Telegram user ids");
        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_HTTP_PORT", "70000")))
                .hasMessageContaining("NEWSDESK_HTTP_PORT must be a port number");
        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_LLM", "claude")))
                .hasMessage("NEWSDESK_LLM must be none, openai or ollama, not 'claude'");
        assertThatThrownBy(() -> Settings.load(Map.of("NEWSDESK_LLM_VERIFY", "maybe")))
                .hasMessageContaining("true or false");
    }

    @Test
    void should_never_echo_a_malformed_secret() {
        assertThatThrownBy(() -> Settings.load(Map.of("OPENAI_API_KEY", "   ", "OPENAI_BASE_URL", "sk-123")))
                .hasMessageContaining("OPENAI_BASE_URL");
        // a secret is text and takes any value; what it must never do is reach an error line or a log
        assertThat(Schema.ALL.stream().filter(Setting::secret)).allMatch(setting -> setting.type() == SettingType.TEXT);
    }

    @Test
    void should_take_choices_in_any_case_and_keep_their_canonical_spelling() throws Exception {
        Settings settings = Settings.load(Map.of("NEWSDESK_LOG_LEVEL", "debug", "NEWSDESK_LLM", "Ollama"));

        assertThat(settings.get(Schema.LOG_LEVEL)).hasValue("DEBUG");
        assertThat(settings.get(Schema.LLM)).hasValue("ollama");
    }

    @Test
    void should_explain_a_missing_or_misplaced_settings_file() throws Exception {
        Path file = Files.writeString(folder.resolve("loop.properties"), "NEWSDESK_CONFIG=other.properties\n");

        assertThatThrownBy(() -> Settings.load(Map.of(Schema.CONFIG.key(), folder.resolve("none").toString())))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Settings.load(Map.of(Schema.CONFIG.key(), file.toString())))
                .hasMessageContaining("set it in the environment");
    }
}
