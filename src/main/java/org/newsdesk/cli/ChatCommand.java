package org.newsdesk.cli;

import org.newsdesk.console.ConsoleChat;
import picocli.CommandLine.Command;

/** {@code chat}: a conversation in the terminal. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with Newsdesk in the terminal.")
final class ChatCommand extends DeskCommand {

    @Override
    public Integer call() throws Exception {
        try (Monitoring monitoring = Monitoring.start(context.settings(), false)) {
            LoadedDesk loaded = folders.open(context, monitoring);
            new ConsoleChat(loaded.responder(), loaded.desk().messages(), context.reader(), context.out())
                    .run(loaded.report().articles());
        }
        return 0;
    }
}
