package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.desk.Desk;
import org.newsdesk.logging.ChatTag;
import org.slf4j.LoggerFactory;

/** A reader's question and id never reach a log line at INFO or above, whatever happens to the question. */
class LogPrivacyTest {

    private static final long READER = 931_577_402L;
    private static final String ANSWERED = "How many children were returned to Ukraine, Olena asks?";
    private static final String UNANSWERED = "Did the Zorblax ministry of Wexford ban tomatoes in March?";
    private static final String FAILING = "Which question makes the answerer fail for Mykola?";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level ownLevel;
    private Level rootLevel;
    private RunningBot running;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger own = context.getLogger("org.newsdesk");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ownLevel = own.getLevel();
        rootLevel = root.getLevel();
        // every logger, libraries included, at DEBUG, so the check sees what INFO would let through and more
        own.setLevel(Level.DEBUG);
        root.setLevel(Level.DEBUG);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        if (running != null) {
            running.close();
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        context.getLogger("org.newsdesk").setLevel(ownLevel);
        root.setLevel(rootLevel);
    }

    @Test
    void should_never_log_a_question_or_a_user_id_at_info_or_above() {
        // given a bot whose answerer fails on one question
        Desk desk = RunningBot.sharedDesk();
        running = RunningBot.start(desk, failingOn(FAILING, desk.extractive()));

        // when the reader asks, fails, asks what is not covered, tries admin commands and floods the bot
        running.ask(READER, ANSWERED);
        running.ask(READER, UNANSWERED);
        running.ask(READER, FAILING);
        running.ask(READER, "/reload");
        running.ask(READER, "/stats");
        for (int i = 0; i < 12; i++) {
            running.push(org.newsdesk.testsupport.telegram.Updates.privateText(READER, UNANSWERED + " #" + i));
        }
        await().atMost(RunningBot.PATIENCE).until(() -> captured.list.stream()
                .anyMatch(event -> event.getFormattedMessage().contains("over the rate limit")));

        // then
        List<ILoggingEvent> loud = captured.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .toList();
        assertThat(loud).as("the failure, the refusal and the rate limit are logged")
                .anyMatch(event -> event.getFormattedMessage().contains("failed"))
                .anyMatch(event -> event.getFormattedMessage().contains("not an administrator"))
                .anyMatch(event -> event.getFormattedMessage().contains(ChatTag.of(READER)));
        for (ILoggingEvent event : loud) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).as("a %s line of %s", event.getLevel(), event.getLoggerName())
                    .doesNotContain(String.valueOf(READER)).doesNotContain("Olena").doesNotContain("Zorblax")
                    .doesNotContain("Mykola");
        }
    }

    /** The real answerer, except that one question throws, with the question in the exception's message. */
    private static Answerer failingOn(String question, Answerer answerer) {
        return new Answerer() {
            @Override
            public Answer answer(Question asked) {
                return answer(asked, text -> { });
            }

            @Override
            public Answer answer(Question asked, Consumer<String> partialText) {
                if (asked.text().equals(question)) {
                    throw new IllegalStateException("the index broke");
                }
                return answerer.answer(asked, partialText);
            }
        };
    }
}
