package org.newsdesk.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test class that talks to a bot started afresh for each test and stopped after it. */
abstract class WithRunningBot {

    RunningBot running;

    @BeforeEach
    void startBot() {
        running = RunningBot.start();
    }

    @AfterEach
    void stopBot() {
        running.close();
    }
}
