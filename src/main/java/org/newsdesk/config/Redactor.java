package org.newsdesk.config;

/**
 * Keeps a secret out of logs: the bot token, which is part of every Bot API URL that an exception from
 * the HTTP layer may quote, or a model provider's API key, which its error messages may repeat. Every
 * error that carries one is logged through here, with the secret masked as {@link Settings} masks it.
 *
 * @param secret the value never to print; null or empty when there is none
 */
public record Redactor(String secret) {

    /** What stands in for the secret. */
    static final String MASK = "****";
    /** Causes stop being added once the line is this long, so one failure stays one readable log line. */
    private static final int MAX_DESCRIPTION = 500;

    public String clean(String text) {
        return text == null || secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
    }

    /** An exception and its causes as one line, without the secret. */
    public String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable e = error; e != null && out.length() < MAX_DESCRIPTION; e = e.getCause()) {
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
