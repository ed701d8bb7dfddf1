package org.factbench.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes test directories (including what an Elasticsearch node running as another user wrote). */
public final class TestDirectories {

    private TestDirectories() {
    }

    /**
     * A fresh temporary directory that a local Elasticsearch node can use even when the tests run as root (the node
     * then runs as {@code nobody}, and plain temporary directories are mode 700).
     */
    public static Path createReachable(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteQuietly(Path tree) {
        if (tree == null || !Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover temp file must not fail a test run
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
