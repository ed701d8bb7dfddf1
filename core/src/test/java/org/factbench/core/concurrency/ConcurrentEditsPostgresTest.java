package org.factbench.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.report.ReportService;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.testsupport.Actors;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.PostgresTest;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.factbench.core.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real concurrent transactions on PostgreSQL: several users save the same claim at the same moment.
 * Each save either succeeds or gets the typed StaleEditException with the user's input; no update is lost.
 */
@CoreSpringTest
@PostgresTest
class ConcurrentEditsPostgresTest {

    private static final int THREADS = 8;

    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired ReportService reports;
    @Autowired TestUsers users;

    @Test
    void of_users_saving_the_same_version_at_once_exactly_one_wins_each_round_and_nothing_is_lost() throws Exception {
        ClaimView start = users.checker(() -> claims.create(Samples.claim()));
        int rounds = 5;
        CyclicBarrier read = new CyclicBarrier(THREADS);
        CyclicBarrier write = new CyclicBarrier(THREADS);
        CyclicBarrier done = new CyclicBarrier(THREADS);
        ConcurrentLinkedQueue<String> savedTags = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusedTags = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

        runInParallel(thread -> {
            for (int round = 0; round < rounds; round++) {
                read.await();
                ClaimView seen = claims.get(start.id());
                String tag = "t" + thread + "-r" + round;
                ClaimDetails mine = withTag(seen, tag);
                write.await();
                try {
                    claims.update(start.id(), seen.version(), mine);
                    savedTags.add(tag);
                } catch (StaleEditException e) {
                    assertThat(e.attempted()).isSameAs(mine);
                    refusedTags.add(tag);
                } catch (RuntimeException e) {
                    unexpected.add(e);
                }
                done.await();
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(savedTags).as("one winner per round").hasSize(rounds);
        assertThat(refusedTags).hasSize(rounds * (THREADS - 1));
        ClaimView end = users.checker(() -> claims.get(start.id()));
        assertThat(end.version()).isEqualTo(start.version() + rounds);
        assertThat(end.tags()).containsAll(savedTags).doesNotContainAnyElementsOf(refusedTags);
    }

    @Test
    void users_who_reload_and_retry_after_a_refusal_all_get_their_change_in() throws Exception {
        ClaimView start = users.checker(() -> claims.create(Samples.claim()));
        int editsPerThread = 4;
        ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();

        runInParallel(thread -> {
            for (int edit = 0; edit < editsPerThread; edit++) {
                String tag = "u" + thread + "-e" + edit;
                while (true) {
                    ClaimView seen = claims.get(start.id());
                    try {
                        claims.update(start.id(), seen.version(), withTag(seen, tag));
                        break;
                    } catch (StaleEditException e) {
                        refusals.add(1);
                    }
                }
            }
        });

        ClaimView end = users.checker(() -> claims.get(start.id()));
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) for (int e = 0; e < editsPerThread; e++) expected.add("u" + t + "-e" + e);
        assertThat(end.tags()).containsAll(expected);
        assertThat(end.version()).isEqualTo(start.version() + (long) THREADS * editsPerThread);
        assertThat(refusals).as("the threads really collided").isNotEmpty();
    }

    @Test
    void two_editors_publishing_the_same_claim_at_once_produce_one_report_version() throws Exception {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        ClaimView researching = users.checker(() -> review.startResearch(claim.id(), claim.version()));
        ClaimView inReview = users.checker(() -> review.proposeVerdict(claim.id(), researching.version(), new VerdictDraft("FALSE", "x")));
        CyclicBarrier go = new CyclicBarrier(2);
        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (String editor : List.of(TestUsers.EDITOR, TestUsers.EDITOR2)) {
            futures.add(pool.submit(() -> Actors.as(editor, Role.EDITOR, () -> {
                await(go);
                try {
                    review.publish(claim.id(), inReview.version(), null);
                    outcomes.add("published");
                } catch (StaleEditException e) {
                    outcomes.add("stale");
                }
            })));
        }
        for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("published", "stale");
        assertThat(users.checker(() -> reports.history(claim.id()))).hasSize(1);
        assertThat(users.checker(() -> claims.get(claim.id())).status()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    private static ClaimDetails withTag(ClaimView seen, String tag) {
        List<String> tags = new ArrayList<>(seen.tags());
        tags.add(tag);
        return new ClaimDetails(seen.statement(), seen.claimant(), seen.language(), tags, seen.appearances(), seen.collectionId());
    }

    private void runInParallel(ThreadBody body) throws Exception {
        users.ensure();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int thread = i;
            String user = i % 2 == 0 ? TestUsers.CHECKER : TestUsers.CHECKER2;
            futures.add(pool.submit(() -> Actors.as(user, Role.CHECKER, () -> {
                try {
                    body.run(thread);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        for (Future<?> f : futures) f.get(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS);
        pool.shutdown();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ThreadBody {
        void run(int thread) throws Exception;
    }
}
