package org.newsdesk.cli;

import java.time.Clock;
import org.newsdesk.llm.Assistants;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.telegram.BotSettings;
import org.newsdesk.telegram.TelegramBot;
import picocli.CommandLine.Command;

/** {@code telegram}: runs the bot until the process is stopped (SIGTERM or Ctrl-C). */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL and NEWSDESK_ADMINS are optional).")
final class TelegramCommand extends DeskCommand {

    TelegramCommand(Context context) {
        super(context);
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
