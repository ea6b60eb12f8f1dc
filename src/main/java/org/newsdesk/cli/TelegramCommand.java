package org.newsdesk.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.newsdesk.llm.Assistants;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.telegram.BotSettings;
import org.newsdesk.telegram.TelegramBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code telegram}: runs the bot until the process is stopped (SIGTERM or Ctrl-C). */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL and NEWSDESK_ADMINS are optional).")
final class TelegramCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    private final Context context;

    TelegramCommand(Context context) {
        this.context = context;
    }

    TelegramCommand(Context context, Folders folders) {
        this.context = context;
        this.folders = folders;
    }

    @Override
    public Integer call() throws Exception {
        BotSettings bot = BotSettings.from(context.settings());
        try (Monitoring monitoring = Monitoring.start(context.settings(), true)) {
            LoadedDesk loaded = folders.open(context, monitoring);
            loaded.report().lines().forEach(context.err()::println);
            Assistants assistants = loaded.assistants();
            Store store = FileStore.open(folders.data(), Clock.systemUTC());
            TelegramBot running;
            try {
                running = TelegramBot.start(bot, loaded.desk(), assistants.answerer(), assistants.summarizer(),
                        loaded.report(), store, monitoring.observer());
            } catch (Exception e) {
                store.close();
                throw e;
            }
            // one hook, so the store is saved once the bot has stopped answering, not while it still is
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                store.close();
            }, "newsdesk-telegram-stop"));
            running.awaitClosed();
        }
        return 0;
    }
}
