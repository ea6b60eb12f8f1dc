package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.language.Language;
import org.newsdesk.prompts.Messages;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Publishes the command menu in each language every text exists in: the readers' commands for
 * everyone, and the admin commands as well in each administrator's private chat. English is the
 * default menu; Telegram shows a reader the menu of their app's language when there is one. Each
 * description is the message {@code menu.<command>}.
 */
final class CommandMenu {

    private CommandMenu() {
    }

    static void publish(Outbox outbox, Messages messages, Set<Long> admins) {
        for (Language language : Language.values()) {
            if (language.hasEveryText()) {
                publish(outbox, messages, admins, language);
            }
        }
    }

    private static void publish(Outbox outbox, Messages messages, Set<Long> admins, Language language) {
        // the default menu has no language code; the others are shown to readers whose app uses theirs
        String code = language == Language.ENGLISH ? null : language.tag();
        List<BotCommand> readers = commands(messages, language.locale(), false);
        outbox.call(SetMyCommands.builder().commands(readers).scope(new BotCommandScopeDefault()).languageCode(code)
                .build());
        List<BotCommand> all = new ArrayList<>(readers);
        all.addAll(commands(messages, language.locale(), true));
        for (long admin : admins) {
            // an administrator's private chat has the same id as the administrator
            outbox.call(SetMyCommands.builder().commands(all).languageCode(code)
                    .scope(BotCommandScopeChat.builder().chatId(admin).build()).build());
        }
    }

    static List<BotCommand> commands(Messages messages, Locale locale, boolean adminOnly) {
        return Arrays.stream(BotCommandName.values()).filter(command -> command.adminOnly() == adminOnly)
                .map(command -> new BotCommand(command.label(), messages.text(locale, "menu." + command.label())))
                .toList();
    }
}
