package org.newsdesk.cli;

import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.llm.Assistants;
import org.newsdesk.store.Store;
import org.newsdesk.telegram.BotSettings;
import org.newsdesk.telegram.TelegramBot;
import picocli.CommandLine.Command;

/** {@code telegram}: runs the bot until the process is stopped (SIGTERM or Ctrl-C). */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL and NEWSDESK_ADMINS are optional).")
final class TelegramCommand extends DeskCommand {

    @Override
    public Integer call() throws Exception {
        Settings settings = context.settings();
        BotSettings bot = BotSettings.from(settings);
        if (bot.webhook().isPresent() && settings.get(Schema.HTTP_PORT).isEmpty()) {
            throw new ConfigurationException(Schema.TELEGRAM_WEBHOOK_URL.key() + " needs " + Schema.HTTP_PORT.key()
                    + ": the webhook is served by the HTTP listener");
        }
        // readiness waits for a poll only where this process is sure to poll: alone, and not on a webhook
        boolean polls = bot.webhook().isEmpty() && !Stores.shared(settings);
        try (Monitoring monitoring = Monitoring.start(settings, polls)) {
            LoadedDesk loaded = folders.open(context, monitoring);
            loaded.report().lines().forEach(context.err()::println);
            Store store = Stores.open(settings, folders.data());
            TelegramBot running;
            try {
                Assistants assistants = loaded.assistants(store.conversations());
                running = TelegramBot.start(bot, loaded.desk(), assistants.answerer(), assistants.summarizer(),
                        loaded.report(), store, monitoring.observer(), monitoring::mount);
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
