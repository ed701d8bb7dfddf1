package org.factbench.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.factbench.core.comment.CommentAdded;
import org.factbench.core.shared.event.ClaimEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessClaimBroadcasterTest {

    private final InProcessClaimBroadcaster broadcaster = new InProcessClaimBroadcaster();

    @AfterEach
    void stop() {
        broadcaster.stop();
    }

    @Test
    void each_subscriber_gets_only_its_own_claims_events() throws InterruptedException {
        List<ClaimEvent> first = new CopyOnWriteArrayList<>();
        List<ClaimEvent> second = new CopyOnWriteArrayList<>();
        List<ClaimEvent> all = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(1, first::add);
        broadcaster.subscribe(2, second::add);
        broadcaster.subscribeAll(all::add);

        for (int i = 0; i < 50; i++) {
            broadcaster.on(comment(1 + i % 2, i));
        }

        await(() -> first.size() == 25 && second.size() == 25 && all.size() == 50);
        assertThat(first).allSatisfy(event -> assertThat(event.claimId()).isEqualTo(1));
        assertThat(second).allSatisfy(event -> assertThat(event.claimId()).isEqualTo(2));
    }

    @Test
    void a_subscriber_gets_its_claims_events_in_the_order_they_committed_even_when_slow() throws InterruptedException {
        List<Long> seen = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(7, event -> {
            sleepMillis(event instanceof CommentAdded added && added.commentId() % 3 == 0 ? 5 : 0);
            seen.add(((CommentAdded) event).commentId());
        });

        for (long i = 0; i < 200; i++) {
            broadcaster.on(comment(7, i));
        }

        await(() -> seen.size() == 200);
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 200; i++) expected.add(i);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void a_stuck_or_broken_view_delays_and_stops_nobody_else() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<ClaimEvent> healthy = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(3, event -> awaitQuietly(release));
        broadcaster.subscribe(3, event -> {
            throw new IllegalStateException("view went away");
        });
        broadcaster.subscribe(3, healthy::add);

        broadcaster.on(comment(3, 1));
        broadcaster.on(comment(3, 2));

        await(() -> healthy.size() == 2);
        release.countDown();
    }

    @Test
    void removed_subscriptions_leave_nothing_behind_and_get_nothing_more() throws InterruptedException {
        List<ClaimEvent> late = new CopyOnWriteArrayList<>();
        List<Registration> registrations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            registrations.add(broadcaster.subscribe(i % 10, late::add));
            registrations.add(broadcaster.subscribeAll(late::add));
        }
        assertThat(broadcaster.subscriptions()).isEqualTo(200);

        registrations.forEach(Registration::remove);
        registrations.forEach(Registration::remove);

        assertThat(broadcaster.subscriptions()).isZero();
        assertThat(broadcaster.claimsWithSubscribers()).isZero();
        broadcaster.on(comment(1, 1));
        Thread.sleep(100);
        assertThat(late).isEmpty();
    }

    static CommentAdded comment(long claimId, long commentId) {
        return new CommentAdded(claimId, commentId, List.of(), Instant.now(), "checker");
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
