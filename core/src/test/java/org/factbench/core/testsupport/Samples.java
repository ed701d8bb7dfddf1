package org.factbench.core.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;

/** Test data: claims with distinct statements so shared databases never confuse tests. */
public final class Samples {

    private static final AtomicInteger counter = new AtomicInteger();

    private Samples() {
    }

    public static ClaimDetails claim() {
        int n = counter.incrementAndGet();
        return new ClaimDetails("The first meeting took place on 23-24 December 2021 in Moscow (sample " + n + ")",
                "A spokesperson", "en", List.of("diplomacy", "sample-" + n),
                List.of(new Appearance("https://example.org/news/" + n, LocalDate.of(2022, 1, 10))), null);
    }

    public static ClaimDetails claim(String statement) {
        return new ClaimDetails(statement, "A spokesperson", "en", List.of(),
                List.of(new Appearance("https://example.org/said/" + counter.incrementAndGet(), LocalDate.of(2022, 1, 10))), null);
    }
}
