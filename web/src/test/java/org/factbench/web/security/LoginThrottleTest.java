package org.factbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.factbench.web.security.LoginThrottle.Scope;
import org.factbench.web.support.MovableClock;
import org.junit.jupiter.api.Test;

/** The counting rules of {@link LoginThrottle} with a clock the test moves; the HTTP flow is in SecurityTest. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_for_one_account_pause_it_for_the_rest_of_fifteen_minutes() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("editor", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.refusal("editor", "10.0.0.99")).as("four failures: still allowed").isEmpty();

        throttle.failed("editor", "10.0.0.9");

        assertThat(throttle.refusal("Editor ", "10.0.0.99")).hasValueSatisfying(refusal -> {
            assertThat(refusal.scope()).isEqualTo(Scope.ACCOUNT);
            // The first failure was 4 minutes ago: it leaves the window in 11 minutes.
            assertThat(refusal.minutes()).isEqualTo(11);
        });
        assertThat(throttle.refusal("checker", "10.0.0.99")).as("other accounts are not paused").isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.refusal("editor", "10.0.0.99")).as("the oldest failure left the window").isEmpty();
    }

    @Test
    void many_failures_from_one_address_pause_that_address_for_every_account() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }

        assertThat(throttle.refusal("someone-new", "192.0.2.1")).hasValueSatisfying(refusal -> {
            assertThat(refusal.scope()).isEqualTo(Scope.ADDRESS);
            assertThat(refusal.minutes()).isEqualTo(15);
        });
        assertThat(throttle.refusal("someone-new", "192.0.2.2")).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_the_account_count_but_not_the_address_count() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("editor", "192.0.2.1");
        }
        throttle.succeeded("editor");
        throttle.failed("editor", "192.0.2.1");

        assertThat(throttle.refusal("editor", "192.0.2.7")).isEmpty();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS - LoginThrottle.PER_ACCOUNT; i++) {
            throttle.failed("other" + i, "192.0.2.1");
        }
        assertThat(throttle.refusal("editor", "192.0.2.1")).map(LoginThrottle.Refusal::scope).contains(Scope.ADDRESS);
    }

    @Test
    void the_memory_stays_bounded_under_a_flood_of_names() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("flood" + i, "198.51.100." + (i % 200));
        }
        throttle.failed("x".repeat(100_000), "198.51.100.1");

        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_KEYS);
    }

    @Test
    void user_names_are_logged_on_one_line() {
        assertThat(LoginThrottle.printable("evil\nINFO forged line")).isEqualTo("evil?INFO forged line");
    }
}
