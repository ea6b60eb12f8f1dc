package org.newsdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.llm.LlmSettings;
import org.newsdesk.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk}: runs the bot (Telegram when a token is set, else a console chat), or a subcommand. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "Newsdesk 0.1",
        description = "Answers questions about news events from stored articles, and says where every answer comes from.",
        subcommands = {AskCommand.class, IndexCommand.class, ChatCommand.class, TelegramCommand.class,
                EvalCommand.class, ConfigCommand.class, UnansweredCommand.class, CommandLine.HelpCommand.class})
public final class NewsdeskCommand extends DeskCommand {

    /** Runs the command line and returns the exit status: 0 done, 1 failed, 2 bad usage or settings. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        Context context = new Context(in, out, err, env);
        CommandLine commandLine = new CommandLine(new NewsdeskCommand().in(context), new Factory(context));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            err.println("newsdesk: " + Printable.line(describe(exception)));
            return exception instanceof ConfigurationException ? 2 : 1;
        });
        commandLine.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            passFoldersDown(parsed);
            try {
                prepare(context.settings());
            } catch (ConfigurationException e) {
                err.println("newsdesk: " + Printable.line(describe(e)));
                return 2;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine.execute(args);
    }

    /** The folders named before a command's name are the command's, unless it names its own after it. */
    private static void passFoldersDown(CommandLine.ParseResult parsed) {
        if (parsed.hasSubcommand() && parsed.commandSpec().userObject() instanceof DeskCommand top
                && parsed.subcommand().commandSpec().userObject() instanceof DeskCommand command) {
            CommandLine.ParseResult own = parsed.subcommand();
            command.folders.inherit(top.folders, option -> parsed.hasMatchedOption(option) && !own.hasMatchedOption(option));
        }
    }

    /**
     * Before any work: checks what can be checked of the settings beyond each value's type (a model provider
     * needs a model name), and applies the logging settings.
     */
    private static void prepare(Settings settings) throws ConfigurationException {
        LlmSettings.from(settings);
        LogSetup.apply(settings.get(Schema.LOG_LEVEL).orElseThrow(),
                "json".equals(settings.get(Schema.LOG_FORMAT).orElseThrow()));
    }

    @Override
    public Integer call() throws Exception {
        if (context.settings().get(Schema.TELEGRAM_BOT_TOKEN).isPresent()) {
            context.err().println("TELEGRAM_BOT_TOKEN is set: running the Telegram bot.");
            return new TelegramCommand().in(context).callOn(folders);
        }
        context.err().println("TELEGRAM_BOT_TOKEN is not set: starting a console chat instead (set it to run on Telegram).");
        return new ChatCommand().in(context).callOn(folders);
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return exception.getClass().getSimpleName();
        }
        return message;
    }

    /** Gives every command on the folders the context ({@code config} reads it from this, its parent). */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof DeskCommand command) {
                command.in(context);
            }
            return made;
        }
    }
}
