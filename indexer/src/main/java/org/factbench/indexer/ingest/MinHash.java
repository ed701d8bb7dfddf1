package org.factbench.indexer.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factbench.indexer.normalize.WordCharacters;

/**
 * MinHash signatures over word shingles, banded for locality-sensitive lookup. Two bodies with shingle Jaccard
 * similarity J agree on each signature position with probability J; with 16 bands of 4 rows, a pair at J = 0.7
 * shares at least one band with probability 0.99 and a pair at J = 0.3 with probability 0.12, so a terms query
 * on the bands finds syndicated copies and the signatures then estimate J for the few candidates.
 */
final class MinHash {

    static final int SHINGLE_WORDS = 4;
    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    static final long[] SEEDS = new long[SIZE];
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /**
     * The signature of {@code text}, or an empty array when it has fewer words than two shingles need. Words are
     * the runs of letters and digits ({@code [\p{L}\p{N}]+}) of the lower-cased text; a shingle is hashed as the
     * FNV-1a of its four words each followed by a space. Computed on offsets into the text, without building a
     * string per word or shingle: this runs for every article of a load.
     */
    static int[] signature(String text) {
        if (text == null) {
            return new int[0];
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Words words = Words.of(lower);
        if (words.count < SHINGLE_WORDS + 1) {
            return new int[0];
        }
        // The unsigned minimum of each position, kept as a signed minimum of values with the sign bit flipped: a
        // branch-free loop (Math.min), a fifth faster than compare-and-branch on the BBC texts. The start value is
        // Long.MAX_VALUE (flipped), as it always was: positions no shingle goes below keep it.
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE ^ Long.MIN_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= words.count; i++) {
            long base = FNV_OFFSET;
            for (int j = i; j < i + SHINGLE_WORDS; j++) {
                for (int c = words.starts[j]; c < words.ends[j]; c++) {
                    base = (base ^ lower.charAt(c)) * FNV_PRIME;
                }
                base = (base ^ ' ') * FNV_PRIME;
            }
            for (int k = 0; k < SIZE; k++) {
                min[k] = Math.min(min[k], mix(base ^ SEEDS[k]) ^ Long.MIN_VALUE);
            }
        }
        int[] signature = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            long unsignedMin = min[k] ^ Long.MIN_VALUE;
            signature[k] = (int) (unsignedMin ^ (unsignedMin >>> 32));
        }
        return signature;
    }

    /** The word offsets of a text. */
    private static final class Words {
        int[] starts = new int[256];
        int[] ends = new int[256];
        int count;

        static Words of(String text) {
            Words words = new Words();
            int start = -1;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                boolean wordChar = WordCharacters.isLetterOrNumber(codePoint);
                if (wordChar && start < 0) {
                    start = i;
                } else if (!wordChar && start >= 0) {
                    words.add(start, i);
                    start = -1;
                }
                i += Character.charCount(codePoint);
            }
            if (start >= 0) {
                words.add(start, text.length());
            }
            return words;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }

    /** Band keys such as {@code "b07:1a2b3c4d5e6f7081"}; equal keys mean four equal signature positions. */
    static List<String> bands(int[] signature) {
        if (signature.length != SIZE) {
            return List.of();
        }
        List<String> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = 0xcbf29ce484222325L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            bands.add(bandKey(b, h));
        }
        return bands;
    }

    /** {@code String.format("b%02d:%016x", band, hash)}, without the formatter: it runs for every lookup. */
    private static String bandKey(int band, long hash) {
        char[] key = new char[20];
        key[0] = 'b';
        key[1] = (char) ('0' + band / 10);
        key[2] = (char) ('0' + band % 10);
        key[3] = ':';
        for (int i = 19; i >= 4; i--) {
            key[i] = Character.forDigit((int) (hash & 0xF), 16);
            hash >>>= 4;
        }
        return new String(key);
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /** SplitMix64's finalizer: a cheap, well-mixed permutation of 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
