package org.newsdesk.config;

/** A setting that is missing or malformed; the message says which and how to fix it. */
public class ConfigurationException extends Exception {

    public ConfigurationException(String message) {
        super(message);
    }
}
