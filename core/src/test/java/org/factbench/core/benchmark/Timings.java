package org.factbench.core.benchmark;

import java.util.Arrays;

/** Percentiles of measured durations. */
record Timings(long[] nanos) {

    static Timings of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timings(sorted);
    }

    double percentileMillis(double p) {
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.clamp(index, 0, nanos.length - 1)] / 1_000_000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }
}
