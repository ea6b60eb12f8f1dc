package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsdesk.desk.Desk;
import org.newsdesk.answer.Answerer;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The real bot, driven through the real TelegramBots client against the fake Bot API. */
final class RunningBot implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    static final String TOKEN = "123456789:AAE-test_token_never_logged";
    static final long ADMIN = 42;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Desk sharedDesk;
    private static ReloadReport sharedReport;

    // set while the bot runs: from start(...), or for a test by the extension (perTest) or restart(...)
    FakeBotApi api;
    TelegramBot bot;
    Desk desk;
    Store store;

    private RunningBot() {
    }

    /**
     * A bot on the shared desk started afresh before each test and stopped after it, as a JUnit 5 extension:
     * {@code @RegisterExtension final RunningBot running = RunningBot.perTest();}.
     */
    static RunningBot perTest() {
        return new RunningBot();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Desk shared = sharedDesk();
        begin(shared, shared.offline(), temporaryStore(), Observer.NONE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** Stops this bot and starts another in its place, for a test that needs other parts. */
    void restart(Desk desk, Answerer answerer) {
        restart(desk, answerer, temporaryStore(), Observer.NONE);
    }

    /** As {@link #restart(Desk, Answerer)}, with editors' data under {@code data}, reporting to {@code observer}. */
    void restart(Desk desk, Answerer answerer, Path data, Observer observer) {
        restart(desk, answerer, FileStore.open(data, Clock.systemUTC()), observer);
    }

    private void restart(Desk desk, Answerer answerer, Store store, Observer observer) {
        close();
        begin(desk, answerer, store, observer);
    }

    /** The seed article and the golden set's second article, loaded once for all tests that only read. */
    static synchronized Desk sharedDesk() {
        if (sharedDesk == null) {
            try {
                Path root = Files.createTempDirectory("newsdesk-telegram-test");
                sharedDesk = Desk.open(TestDesks.folderWith(root, TestDesks.SEED, TestDesks.EXTRA), TestDesks.PROMPTS,
                        root.resolve("data"), SharedModel.get());
                sharedReport = sharedDesk.reload(Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sharedDesk;
    }

    static RunningBot start() {
        Desk desk = sharedDesk();
        return start(desk, desk.offline());
    }

    static RunningBot start(Desk desk, Answerer answerer) {
        return start(desk, answerer, temporaryStore(), Observer.NONE);
    }

    private static Store temporaryStore() {
        try {
            return FileStore.open(Files.createTempDirectory("newsdesk-bot-data"), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bot whose editors' data lives under {@code data}, reporting to {@code observer}. */
    static RunningBot start(Desk desk, Answerer answerer, Path data, Observer observer) {
        return start(desk, answerer, FileStore.open(data, Clock.systemUTC()), observer);
    }

    /** A bot on the given store (closed with the bot), reporting to {@code observer}. */
    static RunningBot start(Desk desk, Answerer answerer, Store store, Observer observer) {
        RunningBot running = new RunningBot();
        running.begin(desk, answerer, store, observer);
        return running;
    }

    private void begin(Desk desk, Answerer answerer, Store store, Observer observer) {
        try {
            this.api = new FakeBotApi(TOKEN);
            this.desk = desk;
            this.store = store;
            ReloadReport report = desk == sharedDesk ? sharedReport : desk.reload(Progress.NONE);
            this.bot = TelegramBot.start(new BotSettings(TOKEN, api.telegramUrl(), Set.of(ADMIN)), desk,
                    answerer, desk.extractiveSummarizer(), report, store, observer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }

    void push(ObjectNode update) {
        api.push(update);
    }

    /** Waits until the chat has at least {@code count} messages from the bot, and returns them all. */
    List<FakeBotApi.Sent> awaitMessages(long chat, int count) {
        await().atMost(PATIENCE).until(() -> api.messagesTo(chat).size() >= count);
        return api.messagesTo(chat);
    }

    /** Sends a private message and waits for the next reply to it. */
    FakeBotApi.Sent ask(long user, String text) {
        return ask(user, text, null);
    }

    /** Sends a private message from a reader whose app is in {@code languageCode} (null: none given). */
    FakeBotApi.Sent ask(long user, String text, String languageCode) {
        int before = api.messagesTo(user).size();
        push(languageCode == null ? Updates.privateText(user, text) : Updates.privateText(user, text, languageCode));
        return awaitMessages(user, before + 1).get(before);
    }

    /**
     * Asks, and checks what every reply with sources must be: HTML the Bot API took, its sources in an
     * expandable quote. Returns an assertion on the reply's text, for what the test expects it to say.
     */
    AbstractStringAssert<?> askSourced(long user, String text) {
        FakeBotApi.Sent reply = ask(user, text);
        assertThat(reply.parseMode()).isEqualToIgnoringCase("html");
        assertThat(reply.html()).contains("<blockquote expandable><b>Sources</b>");
        assertThat(api.rejected()).isEmpty();
        return assertThat(reply.text());
    }

    /** Stops the bot, its store and the fake Bot API; a bot already stopped stays so. */
    @Override
    public void close() {
        if (bot == null) {
            return;
        }
        bot.close();
        store.close();
        api.close();
        bot = null;
    }
}
