package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factbench.indexer.store.RealCorpus;
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
    void bandKeysKeepTheirStoredForm() {
        // Stored articles carry these keys; a new load must produce the same ones to find them.
        assertThat(MinHash.bands(MinHash.signature(STORY))).allSatisfy(key -> assertThat(key).matches("b\\d{2}:[0-9a-f]{16}"))
                .first().isEqualTo(String.format(Locale.ROOT, "b%02d:%016x", 0, firstBandHash(MinHash.signature(STORY))));
    }

    private static long firstBandHash(int[] signature) {
        long h = 0xcbf29ce484222325L;
        for (int r = 0; r < MinHash.ROWS; r++) {
            h = MinHash.mix(h ^ signature[r]);
        }
        return h;
    }

    @Test
    void tooShortTextsHaveNoSignature() {
        assertThat(MinHash.signature("Only four words here")).isEmpty();
        assertThat(MinHash.bands(new int[0])).isEmpty();
    }

    /**
     * Signatures are stored with every article and compared with those of later loads, so the fast computation
     * must give exactly what the definition gives: words from a regex split, shingles as strings.
     */
    @Test
    void equalsTheDefinitionOnRealNews() throws IOException {
        List<String> texts = new ArrayList<>(List.of(STORY, "İstanbul ²³ ⅻ 𝟚𝟘𝟚𝟙 \uD83D\uDE00 one two three four five six",
                "Москва, 23 декабря 2021 года: первая встреча общественных деятелей прошла в Москве"));
        try (Stream<Path> files = Files.walk(RealCorpus.require("bbc/politics"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        for (String text : texts) {
            assertThat(MinHash.signature(text)).as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(definition(text));
        }
        assertThat(texts).hasSizeGreaterThan(400);
    }

    private static int[] definition(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.size() < MinHash.SHINGLE_WORDS + 1) {
            return new int[0];
        }
        long[] min = new long[MinHash.SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + MinHash.SHINGLE_WORDS <= words.size(); i++) {
            String shingle = String.join(" ", words.subList(i, i + MinHash.SHINGLE_WORDS)) + " ";
            long base = 0xcbf29ce484222325L;
            for (int c = 0; c < shingle.length(); c++) {
                base = (base ^ shingle.charAt(c)) * 0x100000001b3L;
            }
            for (int k = 0; k < MinHash.SIZE; k++) {
                long h = MinHash.mix(base ^ MinHash.SEEDS[k]);
                if (Long.compareUnsigned(h, min[k]) < 0) {
                    min[k] = h;
                }
            }
        }
        int[] signature = new int[MinHash.SIZE];
        for (int k = 0; k < MinHash.SIZE; k++) {
            signature[k] = (int) (min[k] ^ (min[k] >>> 32));
        }
        return signature;
    }
}
