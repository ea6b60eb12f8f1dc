package org.newsdesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.language.Language;

class MessagesTest {

    private final Messages bundled = Messages.bundled();

    @Test
    void should_have_every_key_in_every_language_with_every_text() {
        Set<String> english = bundled.keys(Messages.REFERENCE);
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            Set<String> keys = bundled.keys(language.locale());
            if (language.hasEveryText()) {
                assertThat(keys).as(language.tag()).containsExactlyInAnyOrderElementsOf(english);
            } else {
                // the other languages have the replies about a question, and nothing English lacks
                assertThat(english).as(language.tag()).containsAll(keys);
                assertThat(keys).as(language.tag()).contains("answer.english-only", "answer.not-found");
            }
        }
    }

    @Test
    void should_parse_every_message_with_the_same_arguments_as_in_english() {
        for (Language language : Language.values()) {
            for (String key : bundled.keys(language.locale())) {
                String pattern = bundled.pattern(language.locale(), key).orElseThrow();
                MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
                MessageFormat english = new MessageFormat(bundled.pattern(Messages.REFERENCE, key).orElseThrow(),
                        ULocale.ENGLISH);
                assertThat(new TreeSet<>(format.getArgumentNames())).as(language.tag() + " " + key)
                        .isEqualTo(new TreeSet<>(english.getArgumentNames()));
            }
        }
    }

    @Test
    void should_use_each_languages_plural_rules() {
        Locale uk = Language.UKRAINIAN.locale();
        Locale ru = Language.RUSSIAN.locale();
        assertThat(bundled.text(uk, "age.days", Map.of("count", 1))).isEqualTo("1 день тому");
        assertThat(bundled.text(uk, "age.days", Map.of("count", 3))).isEqualTo("3 дні тому");
        assertThat(bundled.text(uk, "age.days", Map.of("count", 5))).isEqualTo("5 днів тому");
        assertThat(bundled.text(uk, "age.days", Map.of("count", 21))).isEqualTo("21 день тому");
        assertThat(bundled.text(ru, "age.weeks", Map.of("count", 1))).isEqualTo("1 неделю назад");
        assertThat(bundled.text(ru, "age.weeks", Map.of("count", 2))).isEqualTo("2 недели назад");
        assertThat(bundled.text(ru, "age.years", Map.of("count", 11))).isEqualTo("11 лет назад");
        assertThat(bundled.text(Locale.ENGLISH, "age.months", Map.of("count", 1))).isEqualTo("1 month ago");
        assertThat(bundled.text(Locale.ENGLISH, "age.months", Map.of("count", 2))).isEqualTo("2 months ago");
    }

    @Test
    void should_fall_back_to_english_for_a_message_a_language_lacks() {
        assertThat(bundled.text(Language.GERMAN.locale(), "sources.heading")).isEqualTo("Sources");
        assertThat(bundled.text(Locale.forLanguageTag("pt"), "sources.heading")).isEqualTo("Sources");
        assertThat(bundled.text(Language.GERMAN.locale(), "answer.english-only")).startsWith("Bitte");
    }

    @Test
    void should_take_the_folders_messages_over_the_bundled_ones_and_skip_those_that_do_not_parse(@TempDir Path prompts)
            throws Exception {
        // given
        Files.createDirectories(prompts.resolve("messages"));
        Files.writeString(prompts.resolve("messages/en.properties"),
                "sources.heading=Where this comes from\nfacts.heading=Broken {count, plural, one {\n",
                StandardCharsets.UTF_8);
        // when
        Messages messages = Messages.from(prompts);
        // then
        assertThat(messages.text(Locale.ENGLISH, "sources.heading")).isEqualTo("Where this comes from");
        assertThat(messages.text(Locale.ENGLISH, "facts.heading")).isEqualTo("Quick facts");
        assertThat(messages.text(Locale.ENGLISH, "timeline.heading")).isEqualTo("Timeline");
    }

    @Test
    void should_read_the_folder_afresh_on_reload(@TempDir Path prompts) throws Exception {
        Files.createDirectories(prompts.resolve("messages"));
        Path file = prompts.resolve("messages/uk.properties");
        Files.writeString(file, "sources.heading=Звідки це\n", StandardCharsets.UTF_8);
        Messages messages = Messages.from(prompts);
        assertThat(messages.text(Language.UKRAINIAN.locale(), "sources.heading")).isEqualTo("Звідки це");

        Files.writeString(file, "sources.heading=Першоджерела\n", StandardCharsets.UTF_8);

        assertThat(messages.reloaded().text(Language.UKRAINIAN.locale(), "sources.heading")).isEqualTo("Першоджерела");
    }

    @Test
    void should_refuse_an_unknown_key() {
        assertThatCode(() -> bundled.text(Locale.ENGLISH, "no.such.key"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
