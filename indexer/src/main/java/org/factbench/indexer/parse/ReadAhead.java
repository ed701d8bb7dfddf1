package org.factbench.indexer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads files that are one document each (HTML and text pages) on a small pool while the caller's thread goes on with
 * the next files, and delivers every result in input order on the caller's thread. So a page that takes long to
 * extract (up to the HTML time limit) does not hold back the pages after it: they are extracted meanwhile and follow
 * right after it. Containers (JSON Lines, feeds, archives) stream on the caller's thread, after everything before
 * them was delivered. At most {@link #AHEAD} documents are held, so memory stays bounded.
 */
final class ReadAhead implements AutoCloseable {

    /** Two pages in the works beside the caller's thread: the machines this runs on have two to four cores. */
    private static final int THREADS = 2;
    private static final int AHEAD = 8;

    private final Consumer<ParseResult> sink;
    private final ExecutorService pool;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private boolean stopped;

    private record Pending(String source, Future<List<ParseResult>> results) {
    }

    ReadAhead(Consumer<ParseResult> sink) {
        this.sink = sink;
        this.pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "factbench-page-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether a file of this name is one document, read ahead on the pool. */
    static boolean isDocument(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Format format = Format.byExtension(name);
        return format == Format.HTML || format == Format.TEXT;
    }

    /** Reads one document on the pool; {@code read} delivers its results to the given sink. */
    void ahead(String source, Consumer<Consumer<ParseResult>> read) {
        if (stopped) {
            return;
        }
        pending.add(new Pending(source, pool.submit(() -> {
            List<ParseResult> results = new ArrayList<>(1);
            read.accept(results::add);
            return results;
        })));
        deliverDone();
        while (!stopped && pending.size() > AHEAD) {
            deliverHead();
        }
    }

    /** Reads on the caller's thread, after everything before it was delivered. */
    void inline(Consumer<Consumer<ParseResult>> read) {
        drain();
        if (!stopped) {
            read.accept(sink);
        }
    }

    /** A result known at once (a path that does not exist, a link loop), in its place in the order. */
    void result(ParseResult result) {
        if (!stopped) {
            pending.add(new Pending(result.source(), CompletableFuture.completedFuture(List.of(result))));
            deliverDone();
        }
    }

    /** Delivers everything still pending, in order. */
    void drain() {
        while (!stopped && !pending.isEmpty()) {
            deliverHead();
        }
    }

    private void deliverDone() {
        while (!stopped && !pending.isEmpty() && pending.peekFirst().results().isDone()) {
            deliverHead();
        }
    }

    private void deliverHead() {
        Pending head = pending.removeFirst();
        List<ParseResult> results;
        try {
            results = head.results().get();
        } catch (InterruptedException e) {
            // The caller stops the read (a load that ends early): keep the flag for it, read nothing more.
            Thread.currentThread().interrupt();
            stopped = true;
            return;
        } catch (ExecutionException e) {
            // readFile turns every failure of a reader into a result; this is an Error (e.g. out of memory) on one file.
            results = List.of(new ParseResult.Failed(head.source(), "could not be read (" + e.getCause() + ")"));
        }
        for (ParseResult result : results) {
            sink.accept(result);
        }
    }

    @Override
    public void close() {
        for (Pending left : pending) {
            left.results().cancel(true);
        }
        pending.clear();
        pool.shutdownNow();
    }
}
