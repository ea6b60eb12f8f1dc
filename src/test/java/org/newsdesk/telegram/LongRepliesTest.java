package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.facts.QuickFacts;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;

/** Replies longer than one Telegram message: split at boundaries, every part valid HTML within the limit. */
class LongRepliesTest {

    private static final int ARTICLES = 14;

    @TempDir
    static Path root;
    private static RunningBot running;

    @BeforeAll
    static void start() throws IOException {
        Path knowledge = Files.createDirectories(root.resolve("knowledge"));
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(knowledge.resolve("2025-06-%02d-harbour.md".formatted(i)), article(i));
        }
        Desk desk = Desk.open(knowledge, TestDesks.PROMPTS, root.resolve("data"), SharedModel.get());
        running = RunningBot.start(desk, desk.extractive());
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void should_split_a_long_reply_into_valid_messages_on_line_or_sentence_boundaries() {
        // when
        running.ask(7001, "/facts");

        // then: the facts of the newest articles, down to the oldest /facts shows
        int oldestShown = ARTICLES - Math.min(ARTICLES, QuickFacts.MAX_ARTICLES) + 1;
        List<FakeBotApi.Sent> parts = awaitAllParts(7001, oldestShown);
        assertThat(parts.size()).isGreaterThan(1);
        assertThat(running.api.rejected()).isEmpty();
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.text().length()).isLessThanOrEqualTo(4096);
            assertThat(part.text()).doesNotEndWith(" ").matches("(?s).*[.!?”)\\w]$");
        });
        String whole = String.join("\n", parts.stream().map(FakeBotApi.Sent::text).toList());
        for (int i = oldestShown; i <= ARTICLES; i++) {
            assertThat(whole).contains("Harbour report number " + i + " <&> from Port Elling");
        }
    }

    @Test
    void should_escape_article_text_in_every_part() {
        // when
        running.ask(7002, "/sources");

        // then
        List<FakeBotApi.Sent> parts = awaitAllParts(7002, 1);
        assertThat(parts.get(0).html()).contains("&lt;&amp;&gt;").doesNotContain("<&>");
        assertThat(running.api.rejected()).isEmpty();
    }

    /** Parts go out one after another; articles are listed newest first, so the last part has the oldest. */
    private static List<FakeBotApi.Sent> awaitAllParts(long chat, int oldest) {
        org.awaitility.Awaitility.await().atMost(RunningBot.PATIENCE).until(() -> {
            List<FakeBotApi.Sent> sent = running.api.messagesTo(chat);
            return !sent.isEmpty() && sent.get(sent.size() - 1).text().contains("Harbour report number " + oldest + " <&>");
        });
        return running.api.messagesTo(chat);
    }

    private static String article(int i) {
        return """
                ---
                title: Harbour report number %d <&> from Port Elling
                publisher: Coastal Wire
                published: 2025-06-%02d
                ---
                PORT ELLING (Coastal Wire) — Harbour master Ingrid Solberg said %d ships docked in Port Elling on Tuesday, \
                a record for the month of June.

                Dock workers unloaded %d containers of timber and %d tonnes of grain before the storm reached Norway.

                Ingrid Solberg told reporters in Bergen that the new crane, bought in 2023, had doubled the pace of work.

                The harbour will close for repairs next month, officials from the Fjord Authority said.
                """.formatted(i, i, 100 + i, 2000 + i, 300 + i);
    }
}
