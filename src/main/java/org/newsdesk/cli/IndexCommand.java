package org.newsdesk.cli;

import org.newsdesk.index.ReloadReport;
import picocli.CommandLine.Command;

/** {@code index}: builds or refreshes the index and prints the report; status 1 if any file failed. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or refresh the index of the knowledge folder and report what changed.")
final class IndexCommand extends DeskCommand {

    @Override
    public Integer call() throws Exception {
        ReloadReport report = folders.open(context).report();
        report.lines().forEach(context.out()::println);
        return report.hasFailures() ? 1 : 0;
    }
}
