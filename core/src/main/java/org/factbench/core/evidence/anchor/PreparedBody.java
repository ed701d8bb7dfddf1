package org.factbench.core.evidence.anchor;

import java.util.Arrays;

/**
 * A new article body made ready for many look-ups: normalized once, with an index of every k-gram position built
 * on first need. A re-anchoring pass over the links of one article shares one instance; it is immutable apart
 * from the lazily built index, which is published safely, so it may be shared between threads.
 */
final class PreparedBody {

    /** Seed length: long enough that most 8-grams of news text are rare in one article, short enough to survive edits. */
    static final int K = 8;

    private final String raw;
    private final NormalizedText normalized;
    private volatile long[] index;

    PreparedBody(String raw) {
        this.raw = raw;
        this.normalized = NormalizedText.of(raw);
    }

    String raw() {
        return raw;
    }

    NormalizedText normalized() {
        return normalized;
    }

    boolean isFor(String body) {
        return raw == body || raw.equals(body);
    }

    /** Every normalized start of {@code quote} (already normalized), in increasing order. */
    int[] occurrences(String quote) {
        String text = normalized.text();
        if (quote.length() < K) {
            return occurrencesByScan(text, quote);
        }
        char[] q = quote.toCharArray();
        long[] entries = index();
        int bestOffset = 0;
        int bestCount = Integer.MAX_VALUE;
        int probes = Math.min(16, q.length - K + 1);
        for (int probe = 0; probe < probes && bestCount > 0; probe++) {
            int offset = probes == 1 ? 0 : (int) ((long) probe * (q.length - K) / (probes - 1));
            int count = count(entries, hash(q, offset));
            if (count < bestCount) {
                bestCount = count;
                bestOffset = offset;
            }
        }
        if (bestCount == 0) {
            return new int[0];
        }
        int h = hash(q, bestOffset);
        int first = lowerBound(entries, key(h, 0));
        IntBuffer found = new IntBuffer();
        for (int i = first; i < entries.length && (int) (entries[i] >> 32) == h; i++) {
            int start = (int) entries[i] - bestOffset;
            if (start >= 0 && text.startsWith(quote, start)) {
                found.add(start);
            }
        }
        int[] starts = found.toArray();
        Arrays.sort(starts);
        return starts;
    }

    /**
     * Positions in the normalized body where the k-gram of {@code source} at {@code offset} occurs, or an empty
     * array when it occurs more than {@code limit} times (a common phrase says nothing about where a quote is).
     */
    int[] seedHits(char[] source, int offset, int limit) {
        long[] entries = index();
        int h = hash(source, offset);
        int first = lowerBound(entries, key(h, 0));
        int last = lowerBound(entries, key(h, Integer.MAX_VALUE));
        if (last - first > limit) {
            return new int[0];
        }
        char[] text = normalized.chars();
        IntBuffer hits = new IntBuffer();
        for (int i = first; i < last; i++) {
            int position = (int) entries[i];
            if (Arrays.equals(text, position, position + K, source, offset, offset + K)) {
                hits.add(position);
            }
        }
        return hits.toArray();
    }

    private static int[] occurrencesByScan(String text, String quote) {
        IntBuffer found = new IntBuffer();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            found.add(i);
        }
        return found.toArray();
    }

    private long[] index() {
        long[] built = index;
        if (built == null) {
            built = buildIndex(normalized.chars());
            index = built;
        }
        return built;
    }

    /** Sorted (hash of the k-gram, position) pairs packed into longs: compact, and a binary search finds a k-gram. */
    private static long[] buildIndex(char[] text) {
        int count = Math.max(0, text.length - K + 1);
        long[] entries = new long[count];
        for (int i = 0; i < count; i++) {
            entries[i] = key(hash(text, i), i);
        }
        Arrays.sort(entries);
        return entries;
    }

    private static int count(long[] entries, int h) {
        return lowerBound(entries, key(h, Integer.MAX_VALUE)) - lowerBound(entries, key(h, 0));
    }

    private static long key(int hash, int position) {
        return ((long) hash << 32) | (position & 0xFFFFFFFFL);
    }

    static int hash(char[] chars, int offset) {
        int h = 0;
        for (int i = offset; i < offset + K; i++) {
            h = 31 * h + chars[i];
        }
        return h * 0x9E3779B9;
    }

    private static int lowerBound(long[] entries, long key) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A growable int array, to avoid boxing in the hot loops. */
    static final class IntBuffer {

        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return values[i];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
