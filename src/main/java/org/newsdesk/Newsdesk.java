package org.newsdesk;

import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.embedding.InProcessEmbeddings;

/**
 * Entry point: hands the arguments, the streams and the environment to the command line, whose
 * commands build what the settings ask for. Nothing imports this package, so it sits on top of every
 * other.
 */
public final class Newsdesk {

    private Newsdesk() {
    }

    public static void main(String[] args) {
        InProcessEmbeddings.preventNetworkAccess();
        System.exit(NewsdeskCommand.run(args, System.in, System.out, System.err, System.getenv()));
    }
}
