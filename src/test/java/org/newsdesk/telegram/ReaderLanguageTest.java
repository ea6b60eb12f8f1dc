package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.testsupport.telegram.FakeBotApi;

/** The bot in the reader's language: Telegram's language_code, else the question's language. */
class ReaderLanguageTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    private static final String SEED_TITLE = "Melania Trump says eight Ukrainian children reunited";

    @Test
    void should_greet_help_and_refuse_in_ukrainian_for_a_ukrainian_app() {
        // when
        String start = running.ask(5001, "/start", "uk").text();
        String help = running.ask(5001, "/help", "uk").text();
        String refusal = running.ask(5001, "Who won the Super Bowl?", "uk").text();

        // then
        assertThat(start).startsWith("Вітаю! Я Newsdesk.").contains("(2 статті)").contains(SEED_TITLE)
                .contains("AFP, 11 жовтня 2025");
        assertThat(help).contains("Як запитувати:").contains("/summary – короткий огляд");
        assertThat(refusal).isEqualTo("У збережених статтях про це не йдеться. Я відповідаю лише зі статей, "
                + "які маю, і жодна з них цього не висвітлює.");
    }

    @Test
    void should_greet_help_and_refuse_in_russian_for_a_russian_app() {
        // when
        String start = running.ask(5002, "/start", "ru").text();
        String help = running.ask(5002, "/help", "ru").text();
        String refusal = running.ask(5002, "Who won the Super Bowl?", "ru-RU").text();

        // then
        assertThat(start).startsWith("Здравствуйте! Я Newsdesk.").contains("(2 статьи)").contains("AFP, 11 октября 2025");
        assertThat(help).contains("Как спрашивать:").contains("/summary – краткий обзор");
        assertThat(refusal).startsWith("В сохранённых статьях об этом не говорится.");
    }

    @Test
    void should_answer_in_english_with_sources_headed_in_the_readers_language() {
        // when
        FakeBotApi.Sent answer = running.ask(5003, "How many children were returned?", "uk");

        // then
        assertThat(answer.text()).contains("children").contains("\nДжерела\n[1] " + SEED_TITLE)
                .contains("AFP, 11 жовтня 2025 (").contains(" тому)");
    }

    @Test
    void should_ask_for_english_in_the_questions_own_language_without_a_model() {
        // when
        String german = running.ask(5004, "Wie viele Kinder kamen zurück?", "en").text();
        String ukrainian = running.ask(5005, "Скільки дітей повернули?").text();
        String polish = running.ask(5006, "Ile dzieci wróciło do domu?", "uk").text();

        // then
        assertThat(german).startsWith("Bitte stellen Sie Ihre Frage auf Englisch").contains("/summary");
        assertThat(ukrainian).startsWith("Будь ласка, поставте запитання англійською");
        assertThat(polish).startsWith("Proszę zadać pytanie po angielsku");
        assertThat(german + ukrainian + polish).doesNotContain("Seven of them");
    }

    @Test
    void should_reply_to_a_russian_request_with_the_feature_in_russian() {
        // when
        String facts = running.ask(5007, "Главные факты").text();
        String summary = running.ask(5007, "give me a summary", "ru").text();

        // then
        assertThat(facts).startsWith("Главные факты").contains("Число: 150 prisoners of war");
        assertThat(summary).startsWith("Краткий обзор освещения")
                .contains("US First Lady Melania Trump announced she secured the release");
    }

    @Test
    void should_write_the_dates_of_the_sources_in_english_under_the_english_heading() {
        // given: Lingua takes "list the articles" for French, a language whose bundle lacks the sources texts
        // when
        String sources = running.ask(5008, "list the articles", "fr").text();

        // then
        assertThat(sources).startsWith("The articles I answer from (2)").contains("AFP, 11 October 2025 (")
                .doesNotContain("octobre").doesNotContain("septembre");
    }

    @Test
    void should_publish_the_command_menu_in_english_ukrainian_and_russian() {
        // when
        List<FakeBotApi.Call> menus = running.api.calls("setMyCommands");

        // then
        JsonNode english = menu(menus, "default", null);
        JsonNode ukrainian = menu(menus, "default", "uk");
        JsonNode russian = menu(menus, "default", "ru");
        assertThat(description(english, "summary")).isEqualTo("A short summary of the coverage, with its sources");
        assertThat(description(ukrainian, "summary")).isEqualTo("Короткий огляд висвітлення з джерелами");
        assertThat(description(russian, "summary")).isEqualTo("Краткий обзор освещения с источниками");
        assertThat(description(menu(menus, "chat", "uk"), "reload")).isEqualTo("Перезавантажити теку знань (адмін)");
        assertThat(description(menu(menus, "chat", "ru"), "reload")).isEqualTo("Перезагрузить папку знаний (админ)");
        assertThat(description(menu(menus, "chat", null), "reload")).isEqualTo("Reload the knowledge folder (admin)");
        assertThat(ukrainian.get("commands").toString()).doesNotContain("reload");
    }

    private static JsonNode menu(List<FakeBotApi.Call> menus, String scope, String language) {
        return menus.stream().map(FakeBotApi.Call::body)
                .filter(body -> body.get("scope").get("type").asText().equals(scope))
                .filter(body -> language == null ? !body.hasNonNull("language_code")
                        : language.equals(body.path("language_code").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + scope + " menu in " + language));
    }

    private static String description(JsonNode menu, String command) {
        return StreamSupport.stream(menu.get("commands").spliterator(), false)
                .filter(item -> item.get("command").asText().equals(command))
                .map(item -> item.get("description").asText()).findFirst().orElseThrow();
    }
}
