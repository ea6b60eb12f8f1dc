package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.newsdesk.config.Settings;
import org.newsdesk.config.Schema;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.store.postgres.PostgresStore;

/** Which store runs: PostgreSQL when {@code NEWSDESK_DATABASE_URL} names one, else files under the data folder. */
final class Stores {

    private Stores() {
    }

    static Store open(Settings settings, Path dataFolder) {
        Optional<String> url = settings.get(Schema.DATABASE_URL);
        return url.isPresent() ? PostgresStore.open(url.get().strip(), settings.get(Schema.DATABASE_PASSWORD))
                : FileStore.open(dataFolder, Clock.systemUTC());
    }

    /** Whether several instances may share the store, so none of them alone polls Telegram. */
    static boolean shared(Settings settings) {
        return settings.get(Schema.DATABASE_URL).isPresent();
    }
}
