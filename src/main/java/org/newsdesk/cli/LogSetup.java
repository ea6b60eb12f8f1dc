package org.newsdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Applies the logging settings once they are read: {@code logback.xml} starts Newsdesk's loggers at INFO
 * with text lines on standard error, and this sets the level and, for JSON, swaps the appender for one
 * that writes one JSON object per line (Logback's own {@link JsonEncoder}).
 */
final class LogSetup {

    /** The logger every Newsdesk class logs under; the level setting applies to it. */
    static final String OWN_LOGGERS = "org.newsdesk";
    /** The name of the appender {@code logback.xml} declares. */
    static final String APPENDER = "STDERR";

    private LogSetup() {
    }

    /**
     * @param level  TRACE, DEBUG, INFO, WARN or ERROR
     * @param json   one JSON object per line instead of text
     */
    static void apply(String level, boolean json) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(OWN_LOGGERS).setLevel(Level.toLevel(level, Level.INFO));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> text = root.getAppender(APPENDER);
        if (json && text instanceof ConsoleAppender<ILoggingEvent>) {
            root.addAppender(jsonLines(context));
            root.detachAppender(text);
            text.stop();
        }
    }

    private static ConsoleAppender<ILoggingEvent> jsonLines(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // the message as formatted once, not the template and its arguments apart
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER + "_JSON");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
