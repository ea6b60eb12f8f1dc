package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsdesk.prompts.Prompts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Publishes the command menu: the readers' commands for everyone, and the admin commands as well in
 * each administrator's private chat. Descriptions come from {@code telegram/commands} and
 * {@code telegram/admin-commands}, one "name - description" a line, as BotFather takes them.
 */
final class CommandMenu {

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {
    }

    static void publish(Outbox outbox, Prompts prompts, Set<Long> admins) {
        List<BotCommand> readers = commands(prompts.text("telegram/commands"), false);
        outbox.call(SetMyCommands.builder().commands(readers).scope(new BotCommandScopeDefault()).build());
        List<BotCommand> all = new ArrayList<>(readers);
        all.addAll(commands(prompts.text("telegram/admin-commands"), true));
        for (long admin : admins) {
            // an administrator's private chat has the same id as the administrator
            outbox.call(SetMyCommands.builder().commands(all)
                    .scope(BotCommandScopeChat.builder().chatId(admin).build()).build());
        }
    }

    /** The lines of a menu file that name a command of the right kind; others are logged and skipped. */
    static List<BotCommand> commands(String menu, boolean adminOnly) {
        List<BotCommand> commands = new ArrayList<>();
        for (String line : menu.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+-\\s+", 2);
            var command = BotCommandName.named(parts[0].strip().replaceFirst("^/", ""));
            if (parts.length < 2 || command.isEmpty() || command.get().adminOnly() != adminOnly) {
                LOG.warn("Skipped a line of the command menu: {}", line);
                continue;
            }
            commands.add(new BotCommand(command.get().label(), parts[1].strip()));
        }
        return commands;
    }
}
