package org.factbench.web.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Round-trip times of one kind, in milliseconds, and their nearest-rank percentiles. */
final class Percentiles {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(double ms) {
        millis.add(ms);
    }

    int count() {
        return millis.size();
    }

    double at(double percentile) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) return Double.NaN;
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    String row(String what) {
        return String.format("| %s | %d | %.0f | %.0f | %.0f |", what, count(), at(50), at(95), at(100));
    }
}
