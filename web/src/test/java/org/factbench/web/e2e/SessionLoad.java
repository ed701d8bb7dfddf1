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
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) round(client, times);
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdown();
        }
        return times;
    }

    /** Every session goes round the steps until {@code during} has run; each ends on the workspace. */
    Times whileRunning(Runnable during) throws Exception {
        Times times = new Times();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    while (!stop.get()) round(client, times);
                    client.navigate(workspace, WorkspaceBenchmark.WORKSPACE_MARKER);
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
        return times;
    }

    /**
     * Every session holds its tab (on the workspace) and takes the server's changes every 250 ms, as push would
     * bring them, until {@code during} has run; returns the times of those syncs.
     */
    Percentiles whileHolding(Runnable during) throws Exception {
        Percentiles syncs = new Percentiles();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (VaadinSessionClient client : clients) {
                running.add(pool.submit(() -> {
                    while (!stop.get()) {
                        syncs.add(client.sync());
                        Thread.sleep(250);
                    }
                    syncs.add(client.sync());
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
        return syncs;
    }

    private void round(VaadinSessionClient client, Times times) throws Exception {
        // Navigating to the route a tab already shows renders nothing new (the router keeps the view): leave first.
        if (workspace.equals(client.route())) times.board().add(client.navigate("", WorkspaceBenchmark.BOARD_MARKER));
        times.workspace().add(client.navigate(workspace, WorkspaceBenchmark.WORKSPACE_MARKER));
        times.board().add(client.navigate("", WorkspaceBenchmark.BOARD_MARKER));
        times.heartbeat().add(client.heartbeat());
    }
}
