package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.MemoryRateLimits;
import org.newsdesk.telegram.RateLimiter.Verdict;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(new RateLimiter.Limit("test", 2, Duration.ofSeconds(3)), now::get,
            new MemoryRateLimits());

    @Test
    void should_allow_a_burst_then_refuse_once_with_a_notice_and_then_quietly() {
        assertThat(limiter.check(1)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1)).isEqualTo(Verdict.REFUSE_WITH_NOTICE);
        assertThat(limiter.check(1)).isEqualTo(Verdict.REFUSE_QUIETLY);
        assertThat(limiter.secondsUntilAllowed(1, now.get())).isEqualTo(3);
    }

    @Test
    void should_allow_again_after_the_wait_and_notice_again_on_the_next_flood() {
        // given
        limiter.check(1);
        limiter.check(1);
        limiter.check(1);

        // when
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));

        // then
        assertThat(limiter.check(1)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1)).isEqualTo(Verdict.REFUSE_WITH_NOTICE);
    }

    @Test
    void should_limit_each_user_separately() {
        limiter.check(1);
        limiter.check(1);
        limiter.check(1);

        assertThat(limiter.check(2)).isEqualTo(Verdict.ALLOW);
    }
}
