package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsdesk.testsupport.llm.Replies.alwaysAnswering;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.config.Settings;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.prompts.Messages;
import org.newsdesk.telegram.BotSettings;
import org.newsdesk.telegram.TelegramBot;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.ModelReply;
import org.newsdesk.testsupport.llm.ModelRequest;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** The Telegram bot answering with a model, end to end: fake Bot API, real client, fake model server. */
class TelegramWithModelTest {

    private static final String TOKEN = "123456789:AAE-llm_test_token";
    private static final long READER = 2001;
    private static final String QUESTION = "How many children were reunited with their families?";
    private static final String SEED_TITLE = "Melania Trump says eight Ukrainian children reunited with families "
            + "after her contact with Putin";

    @TempDir
    Path root;

    private final FakeOpenAiServer model = new FakeOpenAiServer();
    private FakeBotApi api;
    private TelegramBot bot;
    private Store store;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
            store.close();
        }
        if (api != null) {
            api.close();
        }
        model.close();
    }

    @Test
    void should_stream_a_cited_answer_into_one_message_and_add_the_sources() throws Exception {
        start();
        model.answering(alwaysAnswering("Eight children were returned to their homes in the last 24 hours "
                + "[{Eight children displaced}]. Seven of them went to Ukraine from Russia [{Seven of them}]."));

        FakeBotApi.Sent reply = finalReplyTo(QUESTION);

        assertThat(reply.text()).contains("Eight children were returned to their homes in the last 24 hours [1].")
                .contains("Sources").contains("Seven of them were returned to Ukraine from Russia");
        assertThat(model.requests()).allMatch(ModelRequest::streaming);
        assertThat(api.messagesTo(READER)).hasSize(1);
    }

    @Test
    void should_never_show_a_reader_the_lie_of_a_model_even_for_a_moment() throws Exception {
        start();
        model.answering(alwaysAnswering("Eight children were returned to their homes [{Eight children displaced}]. "
                + "Fifty of them went to Ukraine [{Seven of them}]. The rest stayed in Russia [{Seven of them}]."));

        FakeBotApi.Sent reply = finalReplyTo(QUESTION);

        assertThat(reply.text()).contains("could not be checked").doesNotContain("Fifty");
        assertThat(everyTextSentOrEdited()).isNotEmpty().noneMatch(text -> text.contains("Fifty"));
    }

    @Test
    void should_sum_up_the_coverage_in_the_models_words_with_the_sentences_it_cites() throws Exception {
        start();
        model.answering(alwaysAnswering("Melania Trump announced she secured the release of Ukrainian children "
                + "abducted by Russia [{US First Lady}]."));

        FakeBotApi.Sent reply = firstReplyTo("/summary");

        assertThat(reply.text()).startsWith("Summary of the coverage")
                .contains("Melania Trump announced she secured the release of Ukrainian children abducted by Russia [1].")
                .contains("Sources").contains(SEED_TITLE)
                .contains("[1] US First Lady Melania Trump announced she secured the release");
        assertThat(reply.html()).contains("<blockquote expandable><b>Sources</b>");
        assertThat(model.requests(ModelRequest.Kind.SUMMARY)).hasSize(1);
    }

    @Test
    void should_quote_the_articles_with_a_notice_when_the_model_cannot_summarise() throws Exception {
        start();
        model.answering(request -> ModelReply.error(500));

        FakeBotApi.Sent reply = firstReplyTo("/summary");

        assertThat(reply.text()).startsWith("Summary of the coverage").contains("was unavailable")
                .contains("US First Lady Melania Trump announced she secured the release")
                .containsOnlyOnce(SEED_TITLE).containsOnlyOnce("[1] " + SEED_TITLE);
        assertThat(reply.html()).contains("<blockquote expandable><b>Sources</b>");
    }

    @Test
    void should_tell_a_ukrainian_reader_in_ukrainian_that_the_articles_do_not_cover_a_question() throws Exception {
        start();
        model.answering(request -> ModelReply.text("Who won the 2018 football World Cup?"));

        FakeBotApi.Sent reply = firstReplyTo("Хто виграв чемпіонат світу з футболу 2018 року?");

        assertThat(reply.text()).isEqualTo(Messages.bundled().text(Locale.forLanguageTag("uk"), "answer.not-found"));
    }

    @Test
    void should_forget_the_conversation_of_a_chat_on_forget() throws Exception {
        start();
        model.answering(alwaysAnswering("Eight children were returned to their homes in the last 24 hours "
                + "[{Eight children displaced}]."));
        finalReplyTo(QUESTION);
        int remembered = answerRequests().size();

        api.push(Updates.privateText(READER, "/forget"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.messagesTo(READER).size() == 2);
        api.push(Updates.privateText(READER, "Which court wants Putin arrested?"));
        await().atMost(Duration.ofSeconds(30)).until(() -> answerRequests().size() > remembered);

        assertThat(api.messagesTo(READER).get(1).text())
                .isEqualTo(Messages.bundled().text(Locale.ENGLISH, "telegram.forgotten"));
        assertThat(answerRequests().get(0).messages()).noneMatch(m -> m.content().contains("Which court"));
        assertThat(answerRequests().get(remembered).messages())
                .noneMatch(m -> m.role().equals("assistant") || m.content().contains(QUESTION));
    }

    private List<ModelRequest> answerRequests() {
        return model.requests(ModelRequest.Kind.ANSWER);
    }

    private void start() throws Exception {
        Desk desk = Desk.open(TestDesks.folderWith(root, TestDesks.SEED), TestDesks.PROMPTS, root.resolve("data"),
                SharedModel.get());
        ReloadReport report = desk.reload(Progress.NONE);
        api = new FakeBotApi(TOKEN);
        Assistants assistants = Assistants.configured(desk, Settings.load(model.environment()));
        store = FileStore.open(root.resolve("data"), Clock.systemUTC());
        bot = TelegramBot.start(new BotSettings(TOKEN, api.telegramUrl(), Set.of()), desk, assistants.answerer(),
                assistants.summarizer(), report, store, Observer.NONE);
    }

    private FakeBotApi.Sent finalReplyTo(String question) {
        api.push(Updates.privateText(READER, question));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.messagesTo(READER).stream()
                .anyMatch(sent -> sent.text().contains("Sources")));
        return api.messagesTo(READER).get(0);
    }

    private FakeBotApi.Sent firstReplyTo(String text) {
        api.push(Updates.privateText(READER, text));
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.messagesTo(READER).isEmpty());
        return api.messagesTo(READER).get(0);
    }

    private List<String> everyTextSentOrEdited() {
        return api.calls().stream().filter(call -> call.is("sendMessage") || call.is("editMessageText"))
                .map(call -> call.body().path("text").asText()).toList();
    }
}
