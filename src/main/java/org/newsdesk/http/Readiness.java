package org.newsdesk.http;

import java.util.Optional;
import org.newsdesk.observe.Observer;

/**
 * Whether Newsdesk can answer readers, and if not, why, in one line: it is ready once knowledge is loaded
 * and, when it runs on Telegram, its latest poll of Telegram succeeded. Learns both through the observe port.
 */
public final class Readiness implements Observer {

    static final String POLL_METHOD = "getupdates";

    private final boolean polling;
    private volatile String knowledge = "the knowledge is still loading";
    private volatile String telegram = "Telegram has not been polled yet";

    /** @param polling whether Newsdesk must be polling Telegram to be ready */
    public Readiness(boolean polling) {
        this.polling = polling;
    }

    /** Empty when ready; else why not. */
    public Optional<String> problem() {
        if (knowledge != null) {
            return Optional.of(knowledge);
        }
        return polling ? Optional.ofNullable(telegram) : Optional.empty();
    }

    @Override
    public void reloaded(boolean applied, int articles, int failed) {
        knowledge = articles > 0 ? null : "nothing is loaded: the knowledge folder has no usable article";
    }

    @Override
    public void telegramCalled(String method, String status) {
        if (method.equals(POLL_METHOD)) {
            telegram = status.equals("200") ? null : status.equals(NETWORK_ERROR)
                    ? "Telegram is unreachable: polling failed with a network error"
                    : "Telegram polling failed: getUpdates answered HTTP " + status;
        }
    }
}
