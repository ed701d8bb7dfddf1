package org.factbench.core;

import org.factbench.core.config.CoreConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Core is a library; its tests run it inside this application together with the in-memory corpus ports. */
@SpringBootApplication
@Import(CoreConfiguration.class)
public class CoreTestApplication {
}
