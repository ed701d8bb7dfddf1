package org.factbench.web.status;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param checkInterval how often the availability of the corpus store is re-checked */
@ConfigurationProperties("factbench.status")
record StatusProperties(@DefaultValue("5s") Duration checkInterval) {
}
