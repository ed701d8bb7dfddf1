package org.factbench.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Limits guessing passwords: after {@value #PER_ACCOUNT} failed sign-ins for one account, or {@value #PER_ADDRESS}
 * from one address (several people may share one), within {@link #WINDOW}, further sign-ins there are refused until
 * the oldest failure leaves the window, and the login page says for how long. Nothing is locked for good, and a
 * correct password after the refusal ends works as always.
 *
 * <p>Kept in memory, in maps bounded to {@value #MAX_KEYS} keys each (least recently failed dropped first): the count
 * only has to outlive a burst of guesses, a restart forgetting it costs an attacker a restart they cannot cause, and a
 * table (V8) would turn every wrong password into a database write that an attacker controls. Each app instance
 * counts on its own; behind a proxy the address is the client's only with {@code server.forward-headers-strategy}.
 */
@Component
class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;
    private static final int MAX_KEY_LENGTH = 256;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Why sign-ins are refused now, and when they are accepted again. */
    record Refusal(Scope scope, Duration retryAfter) {

        /** Whole minutes to wait, at least one. */
        long minutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    enum Scope { ACCOUNT, ADDRESS }

    private final Failures accounts = new Failures(PER_ACCOUNT);
    private final Failures addresses = new Failures(PER_ADDRESS);
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty when a sign-in for {@code username} from {@code address} may be tried now. */
    Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = accounts.blockedFor(key(username), now);
        if (account.isPresent()) {
            return Optional.of(new Refusal(Scope.ACCOUNT, account.get()));
        }
        return addresses.blockedFor(key(address), now).map(wait -> new Refusal(Scope.ADDRESS, wait));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        accounts.add(key(username), now);
        addresses.add(key(address), now);
    }

    /** The account's own count starts again; the address's does not, or one valid account would reset it. */
    void succeeded(String username) {
        accounts.forget(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String address = address(event.getAuthentication());
        failed(event.getAuthentication().getName(), address);
        log.info("Failed sign-in for '{}' from {}", printable(event.getAuthentication().getName()), address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** For tests that must not leave the shared context's address refused. */
    void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    /** A user name as typed, safe for one log line. */
    static String printable(String username) {
        return username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
    }

    /** Accounts and addresses counted now, for the test that memory stays bounded. */
    int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    }

    private static String key(String value) {
        String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** Failure times per key, the newest {@code limit} of them, in a map that forgets the stalest keys first. */
    private static final class Failures {

        private final int limit;
        private final Map<String, Deque<Instant>> byKey = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > MAX_KEYS;
            }
        };

        Failures(int limit) {
            this.limit = limit;
        }

        synchronized void add(String key, Instant at) {
            Deque<Instant> times = byKey.computeIfAbsent(key, k -> new ArrayDeque<>());
            times.addLast(at);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }

        /** How long until the oldest of {@code limit} failures inside the window leaves it; empty when below. */
        synchronized Optional<Duration> blockedFor(String key, Instant now) {
            Deque<Instant> times = byKey.get(key);
            if (times == null) {
                return Optional.empty();
            }
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                byKey.remove(key);
                return Optional.empty();
            }
            return times.size() < limit ? Optional.empty() : Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }

        synchronized void forget(String key) {
            byKey.remove(key);
        }

        synchronized void clear() {
            byKey.clear();
        }

        synchronized int size() {
            return byKey.size();
        }
    }
}
