package org.factbench.indexer.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
    private static final long[] SEEDS = new long[SIZE];

    static {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text}, or an empty array when it has fewer words than two shingles need. */
    static int[] signature(String text) {
        String[] words = text == null ? new String[0]
                : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> tokens = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                tokens.add(w);
            }
        }
        if (tokens.size() < SHINGLE_WORDS + 1) {
            return new int[0];
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE_WORDS <= tokens.size(); i++) {
            shingle.setLength(0);
            for (int j = i; j < i + SHINGLE_WORDS; j++) {
                shingle.append(tokens.get(j)).append(' ');
            }
            long base = fnv1a(shingle);
            for (int k = 0; k < SIZE; k++) {
                long h = mix(base ^ SEEDS[k]);
                if (Long.compareUnsigned(h, min[k]) < 0) {
                    min[k] = h;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            signature[k] = (int) (min[k] ^ (min[k] >>> 32));
        }
        return signature;
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
            bands.add(String.format(Locale.ROOT, "b%02d:%016x", b, h));
        }
        return bands;
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

    private static long fnv1a(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finalizer: a cheap, well-mixed permutation of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
