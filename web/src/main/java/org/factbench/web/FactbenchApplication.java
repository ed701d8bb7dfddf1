package org.factbench.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "org.factbench")
public class FactbenchApplication {

    public static void main(String[] args) {
        SpringApplication.run(FactbenchApplication.class, args);
    }
}
