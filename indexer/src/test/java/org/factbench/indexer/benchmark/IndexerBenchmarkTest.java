package org.factbench.indexer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexerBenchmarkTest {

    @Test
    void theMedianOfRoundsIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(IndexerBenchmark.median(List.of(0.9))).isEqualTo(0.9);
        assertThat(IndexerBenchmark.median(List.of(0.9, 0.7, 0.8))).isEqualTo(0.8);
        assertThat(IndexerBenchmark.median(List.of(0.9, 0.7))).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(IndexerBenchmark.median(List.of(1.0, 0.5, 0.75, 0.6))).isEqualTo(0.675, org.assertj.core.data.Offset.offset(1e-9));
    }
}
