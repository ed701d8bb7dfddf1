package org.factbench.core.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.factbench.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The one Spring context of core's H2 tests (identical configuration, so the context is cached and shared). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class)
public @interface CoreSpringTest {
}
