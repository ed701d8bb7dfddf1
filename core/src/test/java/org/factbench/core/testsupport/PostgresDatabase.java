package org.factbench.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates one PostgreSQL database for this test JVM (so parallel builds in other worktrees never share
 * tables) and publishes its URL as the system property {@code factbench.test.postgres.url} before the
 * Spring context starts. Runs before the context because JUnit calls BeforeAll callbacks before it creates
 * the test instance, which is when Spring loads the context.
 */
public final class PostgresDatabase implements BeforeAllCallback {

    static final String SERVER = System.getProperty("factbench.test.postgres.server", "127.0.0.1:5432");
    private static final String URL_PROPERTY = "factbench.test.postgres.url";
    private static String url;
    private static String unavailable;

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureCreated();
        if (unavailable != null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL is not available: " + unavailable);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + " (" + unavailable + "); skipped, set CI=true to require it.");
        }
    }

    /** The JDBC URL of this JVM's database; creates it on first use. */
    public static synchronized String url() {
        ensureCreated();
        if (unavailable != null) throw new IllegalStateException("PostgreSQL not available: " + unavailable);
        return url;
    }

    private static synchronized void ensureCreated() {
        if (url != null || unavailable != null) return;
        String name = "fb_core_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailable = e.getMessage();
            return;
        }
        url = "jdbc:postgresql://" + SERVER + "/" + name;
        System.setProperty(URL_PROPERTY, url);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-" + name));
    }

    private static void drop(String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
