package org.newsdesk.desk;

/** What the desk offers besides answering a question: each has a command (/summary ...) and can be asked for. */
public enum Feature {
    SUMMARY, FACTS, TIMELINE, SOURCES,
    /** What Newsdesk does and how to ask: for "help", "what can you do?", and a greeting or thanks. */
    HELP
}
