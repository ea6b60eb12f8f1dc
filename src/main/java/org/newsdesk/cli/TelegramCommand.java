package org.newsdesk.cli;

import org.newsdesk.llm.Assistants;
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
        LoadedDesk loaded = openDesk();
        loaded.report().lines().forEach(context.err()::println);
        Assistants assistants = loaded.assistants();
        TelegramBot running = TelegramBot.start(bot, loaded.desk(), assistants.answerer(), assistants.summarizer(),
                loaded.report());
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "newsdesk-telegram-stop"));
        running.awaitClosed();
        return 0;
    }
}
