package org.factbench.web.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Replayed sessions going round like people reading: each opens the workspace, reads, goes back to the claims
 * board, reads, and so on. The think time after each step is uniform between 1 and 3 s, drawn from a random seeded
 * per session (a run repeats the same times), and each session first waits 0-3 s, so the sessions do not all start
 * at one instant (that case is measured on its own: "20 at once"). {@link SessionLoad} has no think time, so it keeps
 * about as many requests in flight as there are sessions: the saturation figure. This offers what readers would, a
 * navigation every two seconds or so per session. A reading tab sends nothing: whatever the server pushes to it
 * meanwhile (a live reload, suggestions) waits on the server and comes with its next request, since the replayed
 * tabs have no push connection.
 */
final class ReadingSessions {

    static final Duration MIN_THINK = Duration.ofSeconds(1);
    static final Duration MAX_THINK = Duration.ofSeconds(3);

    /** The round-trips of one run by step, and how long the run took (to its last answer). */
    record Run(Percentiles workspace, Percentiles board, Duration took) {

        int requests() {
            return workspace.count() + board.count();
        }

        /** The navigations the sessions sent, per second of the run: the load they offered. */
        double requestsPerSecond() {
            return requests() / (took.toNanos() / 1e9);
        }
    }

    /** What the sessions of a run add to: their round-trips, and when the last answer came (nanoTime). */
    private record Tally(Percentiles workspace, Percentiles board, LongAccumulator lastAnswer) {
    }

    private final List<VaadinSessionClient> clients;
    private final String workspace;
    private final long seed;

    ReadingSessions(List<VaadinSessionClient> clients, String workspaceRoute, long seed) {
        this.clients = clients;
        this.workspace = workspaceRoute;
        this.seed = seed;
    }

    /** Every session goes round at least {@code rounds} times and until {@code during} has run on this thread. */
    Run run(int rounds, Runnable during) throws Exception {
        AtomicBoolean duringDone = new AtomicBoolean();
        long start = System.nanoTime();
        Tally tally = new Tally(new Percentiles(), new Percentiles(), new LongAccumulator(Math::max, start));
        try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                VaadinSessionClient client = clients.get(i);
                Random thinking = new Random(seed + i);
                running.add(pool.submit(() -> {
                    goRound(client, thinking, rounds, duringDone, tally);
                    return null;
                }));
            }
            try {
                during.run();
            } finally {
                duringDone.set(true);
            }
            for (Future<?> f : running) f.get();
        }
        return new Run(tally.workspace(), tally.board(), Duration.ofNanos(tally.lastAnswer().get() - start));
    }

    private void goRound(VaadinSessionClient client, Random thinking, int rounds, AtomicBoolean duringDone,
            Tally tally) throws Exception {
        // Navigating to the route a tab already shows renders nothing new (the router keeps the view): start on the
        // board, untimed.
        if (!"".equals(client.route())) client.navigate("", WorkspaceBenchmark.BOARD_MARKER);
        Thread.sleep(thinking.nextLong(MAX_THINK.toMillis() + 1));
        for (int round = 0; round < rounds || !duringDone.get(); round++) {
            tally.workspace().add(client.navigate(workspace, WorkspaceBenchmark.WORKSPACE_MARKER));
            think(thinking);
            tally.board().add(client.navigate("", WorkspaceBenchmark.BOARD_MARKER));
            tally.lastAnswer().accumulate(System.nanoTime());
            think(thinking);
        }
    }

    private static void think(Random thinking) throws InterruptedException {
        Thread.sleep(thinking.nextLong(MIN_THINK.toMillis(), MAX_THINK.toMillis() + 1));
    }
}
