package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.Newsdesk;
import org.newsdesk.config.Settings;
import org.newsdesk.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chat}: a conversation in the terminal. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with Newsdesk in the terminal.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    private final Context context;

    ChatCommand(Context context) {
        this.context = context;
    }

    ChatCommand(Context context, Folders folders) {
        this.context = context;
        this.folders = folders;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = context.settings();
        Newsdesk.Loaded loaded = folders.open(settings, context.err());
        String greeting = loaded.desk().prompts().render("console/greeting",
                java.util.Map.of("articles", loaded.report().articles()));
        new ConsoleChat(Newsdesk.answerer(loaded.desk(), settings), context.reader(), context.out(), greeting,
                loaded.desk().prompts()).run();
        return 0;
    }
}
