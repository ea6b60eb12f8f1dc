package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.testsupport.telegram.FakeBotApi;

/** The readers' commands, as a reader sees them in a private chat. */
class CommandsTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    private static final String SEED_TITLE = "Melania Trump says eight Ukrainian children reunited";
    private static final String EXTRA_TITLE = "Russia and Ukraine swap 150 prisoners";

    @Test
    void should_greet_with_what_it_knows_and_how_to_ask_on_start_and_help() {
        // when
        String start = running.ask(3001, "/start").text();
        String help = running.ask(3001, "/help").text();

        // then
        assertThat(start).contains("2 stored articles").contains(SEED_TITLE).contains("AFP, 11 October 2025")
                .contains(EXTRA_TITLE).contains("Reuters, 20 September 2025");
        assertThat(help).contains("/summary").contains("/facts").contains("/timeline").contains("/sources")
                .contains("/ask").contains(SEED_TITLE).doesNotContain("/reload");
    }

    @Test
    void should_answer_a_greeting_or_a_thank_you_with_the_help() {
        // when
        String hello = running.ask(3010, "hello").text();
        String thanks = running.ask(3010, "Thanks!").text();

        // then: the help, in English, not a quote or a request to ask in English
        assertThat(List.of(hello, thanks)).allSatisfy(reply -> assertThat(reply).contains("/summary").contains("/facts")
                .contains(SEED_TITLE).doesNotContain("Merci").doesNotContain("do not say"));
    }

    @Test
    void should_list_the_sources_newest_first() {
        // when
        String sources = running.ask(3002, "/sources").text();

        // then
        assertThat(sources).contains("The articles I answer from (2)");
        assertThat(sources.indexOf(SEED_TITLE)).isLessThan(sources.indexOf(EXTRA_TITLE));
    }

    @Test
    void should_give_curated_facts_and_facts_drawn_from_an_article_without_them() {
        // when
        String facts = running.ask(3003, "/facts").text();

        // then
        assertThat(facts).contains("Quick facts")
                .contains("Seven children went back to Ukraine from Russia; one girl went back to Russia from Ukraine.")
                .contains("Seven of them were returned to Ukraine from Russia")
                .contains("No curated facts for this article")
                .contains("Figure: 150 prisoners of war")
                .contains("Person: Anna Keller");
    }

    @Test
    void should_summarise_in_quoted_sentences_naming_each_article_once() {
        running.askSourced(3004, "/summary").contains("Summary of the coverage")
                .contains("US First Lady Melania Trump announced she secured the release")
                .contains("Russia and Ukraine each released 150 prisoners of war")
                .containsOnlyOnce(SEED_TITLE).containsOnlyOnce(EXTRA_TITLE);
    }

    @Test
    void should_sum_up_one_story_when_asked_for_it_by_command_or_in_words() {
        running.askSourced(3011, "/summary prisoner exchange").contains("Summary of the coverage")
                .contains("Russia and Ukraine each released 150 prisoners of war")
                .doesNotContain("Melania Trump announced").containsOnlyOnce(EXTRA_TITLE).doesNotContain(SEED_TITLE);
        running.askSourced(3012, "Give me a summary of the children story please")
                .contains("Melania Trump announced she secured the release")
                .doesNotContain("150 prisoners of war").containsOnlyOnce(SEED_TITLE).doesNotContain(EXTRA_TITLE);
    }

    @Test
    void should_give_the_timeline_of_one_story_when_asked_for_it_by_command_or_in_words() {
        assertThat(running.ask(3014, "/timeline prisoner exchange").text()).contains("\n20 September 2025\n")
                .doesNotContain("Melania Trump");
        assertThat(running.ask(3015, "Show me the timeline of the children story").text())
                .contains("\n11 October 2025\n").contains("Melania Trump").doesNotContain("150 prisoners of war");
        assertThat(running.ask(3016, "/timeline elections in Peru").text()).contains("do not say");
    }

    @Test
    void should_say_so_when_the_story_to_sum_up_is_not_covered() {
        assertThat(running.ask(3013, "/summary elections in Peru").text()).contains("do not say")
                .doesNotContain("Summary of the coverage");
    }

    @Test
    void should_give_a_timeline_in_date_order_with_each_date_and_article_once() {
        // when
        String timeline = running.ask(3005, "/timeline").text();

        // then
        // each date heads its events on a line of its own, once
        int invasion = timeline.indexOf("\nFebruary 2022\n");
        int exchange = timeline.indexOf("\n20 September 2025\n");
        int announcement = timeline.indexOf("\n11 October 2025\n");
        assertThat(invasion).isPositive().isLessThan(exchange);
        assertThat(exchange).isLessThan(announcement);
        assertThat(timeline).containsOnlyOnce("\n11 October 2025\n")
                .contains("Russia and Ukraine each released 150 prisoners of war on Saturday")
                .containsOnlyOnce(EXTRA_TITLE).containsOnlyOnce(SEED_TITLE);
    }

    @Test
    void should_explain_ask_without_a_question_and_unknown_commands() {
        // when
        String usage = running.ask(3006, "/ask").text();
        String unknown = running.ask(3006, "/weather tomorrow").text();

        // then
        assertThat(usage).contains("/ask How many children were returned?");
        assertThat(unknown).contains("I don't know the command /weather").contains("/help");
    }

    @Test
    void should_publish_reader_commands_for_everyone_and_admin_commands_only_in_admin_chats() {
        // when the bot has started
        List<FakeBotApi.Call> menus = running.api.calls("setMyCommands");

        // then
        // a default and an admin menu in each of English, Ukrainian and Russian
        assertThat(menus).hasSize(6);
        JsonNode everyone = menus.stream().filter(call -> call.body().at("/scope/type").asText().equals("default"))
                .filter(call -> !call.body().hasNonNull("language_code")).findFirst().orElseThrow().body();
        JsonNode admin = menus.stream().filter(call -> call.body().at("/scope/type").asText().equals("chat"))
                .filter(call -> !call.body().hasNonNull("language_code")).findFirst().orElseThrow().body();
        assertThat(names(everyone)).containsExactly("start", "help", "ask", "summary", "facts", "timeline", "sources",
                "forget");
        assertThat(names(admin)).contains("start", "reload", "stats", "unanswered");
        assertThat(admin.at("/scope/chat_id").asText()).isEqualTo(String.valueOf(RunningBot.ADMIN));
    }

    private static List<String> names(JsonNode setMyCommands) {
        return StreamSupport.stream(setMyCommands.get("commands").spliterator(), false)
                .map(command -> command.get("command").asText()).toList();
    }
}
