package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String STORY = "Negotiators from both delegations met behind closed doors in the capital on "
            + "Thursday and agreed to continue talks about the border commission next month, officials said after "
            + "the consultations ended late in the evening without a joint statement";

    @Test
    void aCopyWithASmallEditIsSimilarAndSharesBands() {
        int[] a = MinHash.signature(STORY);
        int[] b = MinHash.signature(STORY + ". Our correspondent contributed to this report.");

        assertThat(MinHash.similarity(a, b)).isGreaterThan(0.7);
        assertThat(MinHash.bands(a)).hasSize(MinHash.BANDS).containsAnyElementsOf(MinHash.bands(b));
    }

    @Test
    void differentTextsAreNotSimilar() {
        int[] a = MinHash.signature(STORY);
        int[] b = MinHash.signature("Apple growers around the valley expect a record harvest after a mild spring "
                + "and a wet summer, the growers association said on Tuesday in its seasonal outlook for members");

        assertThat(MinHash.similarity(a, b)).isLessThan(0.2);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(MinHash.signature(STORY)).isEqualTo(MinHash.signature(STORY.toUpperCase().replace(",", " ;")));
    }

    @Test
    void tooShortTextsHaveNoSignature() {
        assertThat(MinHash.signature("Only four words here")).isEmpty();
        assertThat(MinHash.bands(new int[0])).isEmpty();
    }
}
