package org.factbench.indexer.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

    @Test
    void cosineIsOneForTheSameWeightsZeroForNoSharedTermAndInBetweenOtherwise() {
        TermWeights a = new TermWeights(Map.of("meeting", 2.0, "moscow", 3.0), 10);
        TermWeights b = new TermWeights(Map.of("meeting", 2.0, "sochi", 3.0), 10);
        TermWeights c = new TermWeights(Map.of("bread", 1.0), 10);

        assertThat(a.cosine(a)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.cosine(c)).isZero();
        assertThat(a.cosine(b)).isBetween(0.1, 0.9);
        assertThat(TermWeights.EMPTY.cosine(a)).isZero();
    }
}
