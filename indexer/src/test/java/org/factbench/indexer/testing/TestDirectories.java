package org.factbench.indexer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes test directories (including what an Elasticsearch node running as another user wrote). */
public final class TestDirectories {

    private TestDirectories() {
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
