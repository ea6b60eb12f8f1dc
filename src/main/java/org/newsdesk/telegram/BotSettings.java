package org.newsdesk.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * What the bot needs from the settings.
 *
 * @param token  the bot token, a secret: never printed, not even by {@link #toString()}
 * @param apiUrl the Bot API server, Telegram's own unless {@code TELEGRAM_API_URL} names another
 * @param admins the Telegram user ids allowed to run admin commands
 * @param webhook where Telegram pushes updates, when it does (else the bot polls)
 */
public record BotSettings(String token, TelegramUrl apiUrl, Set<Long> admins, Optional<Webhook> webhook) {

    /** Webhook mode: Telegram pushes updates to {@code url}, each with {@code secret}, a secret too. */
    public record Webhook(URI url, String secret) {

        /** The path the listener serves it at. */
        public String path() {
            return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=****]";
        }
    }

    /** A polling bot. */
    public BotSettings(String token, TelegramUrl apiUrl, Set<Long> admins) {
        this(token, apiUrl, admins, Optional.empty());
    }

    public BotSettings {
        admins = Set.copyOf(admins);
    }

    public static BotSettings from(Settings settings) throws ConfigurationException {
        String token = settings.get(Schema.TELEGRAM_BOT_TOKEN).orElseThrow(() -> new ConfigurationException(
                Schema.TELEGRAM_BOT_TOKEN.key() + " is not set: give the token BotFather issued for the bot"));
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new ConfigurationException(Schema.TELEGRAM_BOT_TOKEN.key()
                    + " is malformed: a bot token has no spaces or slashes");
        }
        return new BotSettings(token, apiUrl(settings.get(Schema.TELEGRAM_API_URL).orElseThrow()),
                settings.ids(Schema.ADMINS), webhook(settings));
    }

    private static Optional<Webhook> webhook(Settings settings) throws ConfigurationException {
        Optional<String> url = settings.get(Schema.TELEGRAM_WEBHOOK_URL);
        Optional<String> secret = settings.get(Schema.TELEGRAM_WEBHOOK_SECRET);
        if (url.isEmpty()) {
            if (secret.isPresent()) {
                throw new ConfigurationException(Schema.TELEGRAM_WEBHOOK_SECRET.key() + " is set without "
                        + Schema.TELEGRAM_WEBHOOK_URL.key() + ": set both for webhook mode, or neither to poll");
            }
            return Optional.empty();
        }
        if (secret.isEmpty() || !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ConfigurationException(Schema.TELEGRAM_WEBHOOK_SECRET.key() + " must be set with "
                    + Schema.TELEGRAM_WEBHOOK_URL.key() + ": 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        try {
            return Optional.of(new Webhook(new URI(url.get().strip()), secret.get()));
        } catch (URISyntaxException e) {
            throw new ConfigurationException(Schema.TELEGRAM_WEBHOOK_URL.key() + " is not a URL");
        }
    }

    /** Scheme, host and optional port only: the library builds every path itself. */
    static TelegramUrl apiUrl(String text) throws ConfigurationException {
        String problem = Schema.TELEGRAM_API_URL.key() + " must look like https://api.telegram.org or http://localhost:8081"
                + " (scheme, host and optional port, no path), not '" + text + "'";
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !noPath
                    || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new ConfigurationException(problem);
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return TelegramUrl.builder().schema(scheme).host(uri.getHost()).port(port).build();
        } catch (URISyntaxException e) {
            throw new ConfigurationException(problem);
        }
    }

    @Override
    public String toString() {
        return "BotSettings[token=****, apiUrl=" + apiUrl.getSchema() + "://" + apiUrl.getHost() + ":" + apiUrl.getPort()
                + ", admins=" + admins + ", webhook=" + webhook + "]";
    }
}
