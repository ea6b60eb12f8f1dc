package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.index.ReloadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code index}: builds or refreshes the index and prints the report; status 1 if any file failed. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or refresh the index of the knowledge folder and report what changed.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    private final Context context;

    IndexCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ReloadReport report = folders.open(context).report();
        report.lines().forEach(context.out()::println);
        return report.hasFailures() ? 1 : 0;
    }
}
