package org.newsdesk.desk;

/** What the desk offers besides answering a question: each has a command (/summary ...) and can be asked for. */
public enum Feature {
    SUMMARY, FACTS, TIMELINE, SOURCES
}
