package org.newsdesk.cli;

import org.newsdesk.console.ConsoleChat;
import picocli.CommandLine.Command;

/** {@code chat}: a conversation in the terminal. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with Newsdesk in the terminal.")
final class ChatCommand extends DeskCommand {

    ChatCommand(Context context) {
        super(context);
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
