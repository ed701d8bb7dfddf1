package org.factbench.web.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replayed sessions, each on its own thread, going round the same steps at once: to the workspace, back to the
 * claims board (a small view: the baseline), a heartbeat (the smallest request: the floor). No think time, so
 * "20 sessions" means 20 requests in flight most of the time: a much harder load than 20 people reading.
 */
final class SessionLoad {

    /** The times of one run, in ms, by step. */
    record Times(Percentiles workspace, Percentiles board, Percentiles heartbeat) {
        Times() {
            this(new Percentiles(), new Percentiles(), new Percentiles());
        }
    }

    private final List<VaadinSessionClient> clients;
    private final String workspace;

    SessionLoad(List<VaadinSessionClient> clients, String workspaceRoute) {
        this.clients = clients;
        this.workspace = workspaceRoute;
    }

    /** Every session goes {@code rounds} times round the steps; returns when all are done. */
    Times rounds(int rounds) throws Exception {
        Times times = new Times();
        onEverySession((client, stop) -> {
            for (int i = 0; i < rounds; i++) round(client, times);
        }, () -> { });
        return times;
    }

    /** Every session goes round the steps until {@code during} has run; each ends on the workspace. */
    Times whileRunning(Runnable during) throws Exception {
        Times times = new Times();
        onEverySession((client, stop) -> {
            while (!stop.get()) round(client, times);
            client.navigate(workspace, WorkspaceBenchmark.WORKSPACE_MARKER);
        }, during);
        return times;
    }

    /**
     * Every session holds its tab (on the workspace) and takes the server's changes every 250 ms, as push would
     * bring them, until {@code during} has run; returns the times of those syncs.
     */
    Percentiles whileHolding(Runnable during) throws Exception {
        Percentiles syncs = new Percentiles();
        onEverySession((client, stop) -> {
            while (!stop.get()) {
                syncs.add(client.sync());
                Thread.sleep(250);
            }
            syncs.add(client.sync());
        }, during);
        return syncs;
    }

    /** What one session does on its own thread; {@code stop} is set once {@code during} has run. */
    @FunctionalInterface
    private interface PerSession {
        void run(VaadinSessionClient client, AtomicBoolean stop) throws Exception;
    }

    /** Runs {@code work} for every session at once, then {@code during} on this thread; returns when all are done. */
    private void onEverySession(PerSession work, Runnable during) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    work.run(client, stop);
                    return null;
                }));
            }
            try {
                during.run();
            } finally {
                stop.set(true);
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private void round(VaadinSessionClient client, Times times) throws Exception {
        // Navigating to the route a tab already shows renders nothing new (the router keeps the view): leave first.
        if (workspace.equals(client.route())) times.board().add(client.navigate("", WorkspaceBenchmark.BOARD_MARKER));
        times.workspace().add(client.navigate(workspace, WorkspaceBenchmark.WORKSPACE_MARKER));
        times.board().add(client.navigate("", WorkspaceBenchmark.BOARD_MARKER));
        times.heartbeat().add(client.heartbeat());
    }
}
