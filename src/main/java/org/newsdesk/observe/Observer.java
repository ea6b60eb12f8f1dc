package org.newsdesk.observe;

import java.util.List;
import java.util.Locale;

/**
 * Hears what happened, for metrics and readiness. Every method has a do-nothing default, so a listener
 * picks what it needs; calls come from many threads and must be quick.
 */
public interface Observer {

    /** The status of a Telegram request that got no HTTP answer. */
    String NETWORK_ERROR = "network_error";

    /** Hears nothing: where no one watches. */
    Observer NONE = new Observer() {
    };

    /** How a question that went to the language model ended. */
    enum ModelCall {
        /** The model's answer, grounded, was shown. */
        OK,
        /** The model failed; the extractive answer was shown. */
        FALLBACK_ERROR,
        /** The model took too long; the extractive answer was shown. */
        FALLBACK_TIMEOUT,
        /** The model's answer failed the grounding check after a repair; the extractive answer was shown. */
        FALLBACK_UNVERIFIED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The knowledge folder was (re)loaded.
     *
     * @param applied  false when nothing loaded and the previous knowledge stayed
     * @param articles articles in use afterwards
     * @param failed   files that could not be loaded
     */
    default void reloaded(boolean applied, int articles, int failed) {
    }

    default void modelCalled(ModelCall outcome) {
    }

    /**
     * A request to the Telegram Bot API finished.
     *
     * @param method the Bot API method, lower case ({@code getupdates}, {@code sendmessage})
     * @param status the HTTP status ({@code 200}, {@code 429}), or {@link #NETWORK_ERROR} when none came
     */
    default void telegramCalled(String method, String status) {
    }

    /** One observer that tells all of these. */
    static Observer all(Observer... observers) {
        List<Observer> all = List.of(observers);
        return new Observer() {
            @Override
            public void reloaded(boolean applied, int articles, int failed) {
                all.forEach(observer -> observer.reloaded(applied, articles, failed));
            }

            @Override
            public void modelCalled(ModelCall outcome) {
                all.forEach(observer -> observer.modelCalled(outcome));
            }

            @Override
            public void telegramCalled(String method, String status) {
                all.forEach(observer -> observer.telegramCalled(method, status));
            }
        };
    }
}
