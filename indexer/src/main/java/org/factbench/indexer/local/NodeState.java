package org.factbench.indexer.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code node.properties} remembers about the node a process started in a node directory, so that the next
 * process (the CLI while the app runs, or the app after a crash) attaches to it instead of starting a second one.
 */
record NodeState(long pid, URI uri, Instant startedAt) {

    static Optional<NodeState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            return Optional.of(new NodeState(Long.parseLong(properties.getProperty("pid")),
                    URI.create(properties.getProperty("uri")), Instant.parse(properties.getProperty("started-at"))));
        } catch (IOException | RuntimeException unreadable) {
            // A half-written or foreign file is as good as none: the node is started again.
            return Optional.empty();
        }
    }

    void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("uri", uri.toString());
        properties.setProperty("started-at", startedAt.toString());
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial)) {
                properties.store(out, "Elasticsearch node started by Factbench; read by the next start to attach to it");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static void delete(Path file, long pid) {
        read(file).filter(state -> state.pid() == pid).ifPresent(state -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale file is harmless: its pid is checked before anyone attaches
            }
        });
    }
}
