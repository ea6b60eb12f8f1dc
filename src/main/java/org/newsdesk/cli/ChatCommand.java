package org.newsdesk.cli;

import java.util.concurrent.Callable;
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
        try (Monitoring monitoring = Monitoring.start(context.settings(), false)) {
            LoadedDesk loaded = folders.open(context, monitoring);
            String greeting = loaded.desk().prompts().render("console/greeting",
                    java.util.Map.of("articles", loaded.report().articles()));
            new ConsoleChat(loaded.assistants().answerer(), context.reader(), context.out(), greeting).run();
        }
        return 0;
    }
}
