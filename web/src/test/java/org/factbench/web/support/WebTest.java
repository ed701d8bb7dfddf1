package org.factbench.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context all web tests share: the whole application on a random port, in the demo profile,
 * with an in-memory H2 database and the test JVM's real Elasticsearch node behind a {@link CuttableProxy}. Every web test uses this annotation and nothing else that changes the
 * context, so Spring builds it once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:factbench-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "factbench.data-dir=target/test-data",
        // No devTools setting here: the tests see the pages as a user's run does (application.yml turns it off).
        "factbench.status.check-interval=500ms",
        // The board holds only what each test creates.
        "factbench.demo.claims=false"
})
@Import(WebTestConfiguration.class)
public @interface WebTest {
}
