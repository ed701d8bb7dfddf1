package org.factbench.core.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a {@link CoreSpringTest} against real PostgreSQL (a fresh database per test JVM, dropped at exit).
 * Skipped with a message when PostgreSQL is not reachable, unless {@code CI=true}: then it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
public @interface PostgresTest {
}
