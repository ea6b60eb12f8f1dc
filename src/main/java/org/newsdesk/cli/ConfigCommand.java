package org.newsdesk.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code config}: the effective settings, where each came from, secrets masked. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective settings and where each came from (environment, file, default);"
                + " secrets are masked.")
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand newsdesk;

    @Override
    public Integer call() throws Exception {
        Context context = newsdesk.context;
        List<Settings.Value> values = context.settings().effective();
        int width = values.stream().mapToInt(value -> value.setting().key().length()).max().orElse(0);
        int valueWidth = Math.min(40, values.stream().mapToInt(value -> value.shown().length()).max().orElse(0));
        for (Settings.Value value : values) {
            String shown = value.text() == null ? "(unset)" : value.shown();
            context.out().printf("%-" + width + "s  %-" + valueWidth + "s  %s%n", value.setting().key(), shown,
                    value.origin().name().toLowerCase(Locale.ROOT));
        }
        return 0;
    }
}
