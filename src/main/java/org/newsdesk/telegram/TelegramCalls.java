package org.newsdesk.telegram;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.newsdesk.observe.Observer;

/**
 * Tells the observer of every request to the Bot API: its method and HTTP status (a 429 shows as such),
 * or a network error. Sits on the HTTP clients, so every call is seen, whoever makes it (the library's
 * poller, the outbox). Only the method is taken from the URL, never the token before it.
 */
final class TelegramCalls implements Interceptor {

    private final Observer observer;

    TelegramCalls(Observer observer) {
        this.observer = observer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = method(chain.request().url().pathSegments());
        try {
            Response response = chain.proceed(chain.request());
            observer.telegramCalled(method, String.valueOf(response.code()));
            return response;
        } catch (IOException e) {
            observer.telegramCalled(method, Observer.NETWORK_ERROR);
            throw e;
        }
    }

    /** {@code /bot<token>/sendMessage} is {@code sendmessage}; any other path (a file download) is {@code other}. */
    static String method(List<String> segments) {
        int count = segments.size();
        if (count >= 2 && segments.get(count - 2).startsWith("bot") && segments.get(count - 1).matches("[A-Za-z]{1,40}")) {
            return segments.get(count - 1).toLowerCase(Locale.ROOT);
        }
        return "other";
    }
}
