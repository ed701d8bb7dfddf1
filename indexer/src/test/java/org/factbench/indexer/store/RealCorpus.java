package org.factbench.indexer.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real corpora of the shared folder ({@code factbench.shared.dir}, set by Surefire, else {@code ../shared}).
 * Missing on a user's machine, a test that needs them is skipped with one line saying so; with CI=true it fails.
 */
public final class RealCorpus {

    private RealCorpus() {
    }

    /** @param relative a path inside the corpus, e.g. "bbc/sport" */
    public static Path require(String relative) {
        Path path = root().resolve("corpus").resolve(relative);
        if (!Files.exists(path)) {
            String message = "shared corpus not found at " + path
                    + " (set -Dfactbench.shared.dir or put the corpus in ../shared/corpus)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true, so this test must run");
            }
            Assumptions.abort(message + "; skipped outside CI");
        }
        return path;
    }

    private static Path root() {
        String property = System.getProperty("factbench.shared.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    }
}
