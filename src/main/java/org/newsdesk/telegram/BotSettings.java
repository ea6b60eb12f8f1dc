package org.newsdesk.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
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
 */
public record BotSettings(String token, TelegramUrl apiUrl, Set<Long> admins) {


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
                settings.ids(Schema.ADMINS));
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
                + ", admins=" + admins + "]";
    }
}
