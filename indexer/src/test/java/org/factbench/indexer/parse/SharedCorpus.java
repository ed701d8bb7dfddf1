package org.factbench.indexer.parse;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real corpora in /work/shared/corpus (read-only). Found through the system property
 * {@code factbench.shared.dir} (set by Surefire), else {@code ../shared} beside the project. Missing on a
 * user's machine, the tests that need it are skipped with a one-line reason; with CI=true they fail instead.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** @param relative a path inside the corpus, e.g. "bbc" or "reuters/reuters21578.jsonl" */
    static Path require(String relative) {
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
        // the module's parent is the project root; the shared folder sits beside it
        return Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    }
}
