package org.factbench.indexer.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where Factbench keeps its local data (the Elasticsearch distribution and node, and whatever else a module
 * stores per user). Explicit setting first, then a per-user default.
 *
 * <p>As root the default is {@code /var/lib/factbench}, not {@code /root/.local/share}: Elasticsearch runs as
 * {@code nobody} then, and root's home (mode 700) is closed to that user.
 */
public final class FactbenchDataDirectory {

    /** System property / Spring property naming the data directory. */
    public static final String PROPERTY = "factbench.data-dir";
    /** Environment variable naming the data directory. */
    public static final String ENVIRONMENT_VARIABLE = "FACTBENCH_DATA_DIR";

    static final Path ROOT_DEFAULT = Path.of("/var/lib/factbench");

    private FactbenchDataDirectory() {
    }

    /** The data directory from system properties, the environment, or the per-user default. */
    public static Path resolve() {
        return resolve(System::getProperty, System.getenv(), ProcessUser.current().isRoot());
    }

    static Path resolve(UnaryOperator<String> properties, Map<String, String> environment, boolean root) {
        String explicit = firstNonBlank(properties.apply(PROPERTY), environment.get(ENVIRONMENT_VARIABLE));
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        if (root) {
            return ROOT_DEFAULT;
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("factbench").toAbsolutePath().normalize();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
