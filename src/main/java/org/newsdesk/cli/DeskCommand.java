package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that runs on its folders ({@code --knowledge}, {@code --prompts}, {@code --data}), with the
 * streams and environment of its {@link Context}: every command but {@code config} and {@code help}.
 * picocli reads the folder options from this class for each.
 */
abstract class DeskCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    final Context context;

    DeskCommand(Context context) {
        this.context = context;
    }

    /** Runs this command on folders another command parsed: how a bare {@code newsdesk} runs chat or telegram. */
    Integer callOn(Folders parsed) throws Exception {
        folders = parsed;
        return call();
    }
}
