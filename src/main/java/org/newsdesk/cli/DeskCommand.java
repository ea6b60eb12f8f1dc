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

    /** Given by the factory that makes every command ({@link NewsdeskCommand}), before picocli parses into it. */
    Context context;

    /** This command with the context it runs in. */
    DeskCommand in(Context given) {
        context = given;
        return this;
    }

    /** Runs this command on folders another command parsed: how a bare {@code newsdesk} runs chat or telegram. */
    Integer callOn(Folders parsed) throws Exception {
        folders = parsed;
        return call();
    }
}
