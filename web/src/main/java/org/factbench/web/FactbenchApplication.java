package org.factbench.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The web application. Scheduling runs the periodic jobs of core, such as the evidence catch-up. */
@SpringBootApplication(scanBasePackages = "org.factbench")
@EnableScheduling
public class FactbenchApplication {

    public static void main(String[] args) {
        SpringApplication.run(FactbenchApplication.class, args);
    }
}
