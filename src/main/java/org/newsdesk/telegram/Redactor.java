package org.newsdesk.telegram;

/**
 * Keeps the bot token out of logs. The token is part of every Bot API URL, and an exception from the
 * HTTP layer may quote a URL; every error this package logs goes through here first.
 */
record Redactor(String token) {

    String clean(String text) {
        return text == null || token.isEmpty() ? text : text.replace(token, "<token>");
    }

    /** An exception and its causes as one line, without the token. */
    String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable e = error; e != null && out.length() < 500; e = e.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(e.getClass().getSimpleName());
            if (e.getMessage() != null) {
                out.append(": ").append(e.getMessage());
            }
        }
        return clean(out.toString());
    }
}
