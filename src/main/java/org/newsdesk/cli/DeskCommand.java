package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.config.ConfigurationException;
import picocli.CommandLine.Mixin;

/**
 * A command that runs on the desk over its folders ({@code --knowledge}, {@code --prompts},
 * {@code --data}), with the streams and environment of its {@link Context}. Every command but
 * {@code help} is one; picocli reads the folder options from this class for each.
 */
abstract class DeskCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    final Context context;

    DeskCommand(Context context) {
        this.context = context;
    }

    /** The desk over the folders and the context's settings, loaded, with indexing progress on standard error. */
    LoadedDesk openDesk() throws ConfigurationException {
        return folders.open(context);
    }

    /** Runs this command on folders another command parsed: how a bare {@code newsdesk} runs chat or telegram. */
    Integer callOn(Folders parsed) throws Exception {
        folders = parsed;
        return call();
    }
}
