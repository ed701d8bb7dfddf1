package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One re-anchoring of one link in a prepared body, once the quick check at the recorded position has failed.
 * Collects candidates (every exact occurrence of the quote, then approximate matches around seed hits), scores
 * them and decides; see {@link Reanchorer} for the rules.
 */
final class AnchorSearch {

    /** Quote k-grams looked up per link: enough to survive scattered edits, few enough to stay cheap. */
    private static final int MAX_QUOTE_SEEDS = 48;
    /** A k-gram found more often than this in one body is a common phrase and says nothing about position. */
    private static final int MAX_SEED_HITS = 32;
    /** Candidate regions examined per link, best supported first. */
    private static final int MAX_WINDOWS = 6;
    /** Distinct match ends examined per region. */
    private static final int MAX_ENDS_PER_WINDOW = 3;
    /** Context agreement above which an exact occurrence is taken without looking for edited versions. */
    private static final double CONCLUSIVE_CONTEXT = 0.9;
    /**
     * How many more edits than the best span a span may cost and still be considered for the boundaries: about what
     * an insertion of a few words next to the quote's first or last word costs, and half the context length.
     */
    private static final int BOUNDARY_SLACK = TextQuoteSelector.CONTEXT_LENGTH / 2;
    /** Normalized context needed on each side before a closed-up context counts as proof the quote was removed. */
    private static final int MIN_BRACKET_CONTEXT = 16;
    /** Places of the recorded prefix examined for a closed-up context. */
    private static final int MAX_BRACKETS = 16;
    /**
     * Shortest quote (normalized characters) whose single verbatim copy, paired with the anchored passage by the old
     * body, is taken as moved whatever its new surroundings; a shorter phrase may simply have been written again.
     */
    private static final int MIN_CONSERVED_QUOTE = 24;

    private final TextAnchor anchor;
    private final PreparedBody body;
    private final Scoring scoring;
    private final String quote;
    private final String prefix;
    private final String suffix;
    private final ContextSimilarity context;
    private final Provenance provenance;
    private final Map<Candidate, Provenance.Origin> origins = new HashMap<>();

    /** @param provenance judgement with the old body, or null when only the new body is known */
    AnchorSearch(TextAnchor anchor, PreparedBody body, Scoring scoring, Provenance provenance) {
        this.anchor = anchor;
        this.body = body;
        this.scoring = scoring;
        this.provenance = provenance;
        this.quote = NormalizedText.normalize(anchor.quote().exact());
        this.prefix = NormalizedText.normalize(anchor.quote().prefix());
        this.suffix = NormalizedText.normalize(anchor.quote().suffix());
        this.context = ContextSimilarity.of(anchor.quote());
    }

    AnchorResult run() {
        if (quote.isBlank()) {
            return AnchorResult.orphaned(0.0);
        }
        List<Candidate> candidates = exactCandidates();
        if (!isConclusive(candidates)) {
            candidates.addAll(approximateCandidates());
        }
        return decide(candidates);
    }

    private List<Candidate> exactCandidates() {
        char[] text = body.normalized().chars();
        List<Candidate> found = new ArrayList<>();
        for (int start : body.occurrences(quote)) {
            int end = start + quote.length();
            double contextSimilarity = context.score(text, start, end);
            found.add(new Candidate(start, end, 1.0, contextSimilarity, scoring.combine(1.0, contextSimilarity, quote.length())));
        }
        return found;
    }

    /** One exact occurrence whose context agrees and no rival as good: nothing an approximate match could beat. */
    private boolean isConclusive(List<Candidate> exact) {
        if (exact.isEmpty()) {
            return false;
        }
        List<Candidate> ranked = rank(exact);
        Candidate best = ranked.getFirst();
        return best.contextSimilarity() >= CONCLUSIVE_CONTEXT && rivalsOf(best, ranked).isEmpty()
                && originOf(best) != Provenance.Origin.OTHER_PASSAGE;
    }

    private List<Candidate> approximateCandidates() {
        char[] text = body.normalized().chars();
        char[] pattern = quote.toCharArray();
        int m = pattern.length;
        int slack = m / 4 + 8;
        List<int[]> regions = seedRegions(m);
        regions.add(recordedRegion(m));
        ApproximateMatcher matcher = new ApproximateMatcher(pattern);
        List<Candidate> found = new ArrayList<>();
        for (int[] window : mergedWindows(regions, m, slack, text.length)) {
            for (int end : bestEnds(matcher, text, window[0], window[1], m)) {
                found.add(candidateEndingAt(matcher, text, end));
            }
        }
        return found;
    }

    /**
     * Diagonal ranges (normalized body start minus quote offset) where k-grams of the quote and of its recorded
     * context occur, clustered, strongest clusters first. A cluster's strength is the number of distinct seeds in it.
     */
    private List<int[]> seedRegions(int m) {
        String extended = prefix + quote + suffix;
        char[] source = extended.toCharArray();
        int quoteOffset = prefix.length();
        int[] seedOffsets = seedOffsets(quoteOffset, m, suffix.length());
        PreparedBody.IntBuffer diagonals = new PreparedBody.IntBuffer();
        PreparedBody.IntBuffer seeds = new PreparedBody.IntBuffer();
        for (int seed = 0; seed < seedOffsets.length; seed++) {
            int offset = seedOffsets[seed];
            for (int hit : body.seedHits(source, offset, MAX_SEED_HITS)) {
                diagonals.add(hit - (offset - quoteOffset));
                seeds.add(seed);
            }
        }
        return clusters(diagonals.toArray(), seeds.toArray(), m);
    }

    private static int[] seedOffsets(int quoteOffset, int m, int suffixLength) {
        int k = PreparedBody.K;
        PreparedBody.IntBuffer offsets = new PreparedBody.IntBuffer();
        if (m >= k) {
            int count = Math.min(MAX_QUOTE_SEEDS, m - k + 1);
            for (int i = 0; i < count; i++) {
                offsets.add(quoteOffset + (count == 1 ? 0 : (int) ((long) i * (m - k) / (count - 1))));
            }
        }
        if (quoteOffset >= k) {
            offsets.add(quoteOffset - k);
            if (quoteOffset >= 2 * k) {
                offsets.add(0);
            }
        }
        if (suffixLength >= k) {
            offsets.add(quoteOffset + m);
            if (suffixLength >= 2 * k) {
                offsets.add(quoteOffset + m + suffixLength - k);
            }
        }
        return offsets.toArray();
    }

    private static List<int[]> clusters(int[] diagonals, int[] seeds, int m) {
        long[] hits = new long[diagonals.length];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = ((long) diagonals[i] << 32) | seeds[i];
        }
        Arrays.sort(hits);
        int maxSpread = m / 2 + 16;
        List<int[]> clusters = new ArrayList<>();
        BitSet seedsInCluster = new BitSet();
        int i = 0;
        while (i < hits.length) {
            int low = (int) (hits[i] >> 32);
            int high = low;
            seedsInCluster.clear();
            while (i < hits.length && (int) (hits[i] >> 32) - low <= maxSpread) {
                high = (int) (hits[i] >> 32);
                seedsInCluster.set((int) hits[i]);
                i++;
            }
            clusters.add(new int[] {low, high, seedsInCluster.cardinality()});
        }
        clusters.sort(Comparator.comparingInt((int[] c) -> -c[2]));
        int strongest = clusters.isEmpty() ? 0 : clusters.getFirst()[2];
        List<int[]> kept = new ArrayList<>();
        for (int[] cluster : clusters) {
            if (kept.size() == MAX_WINDOWS || cluster[2] * 4 < strongest) {
                break;
            }
            kept.add(cluster);
        }
        return kept;
    }

    /** The place the quote was recorded at, in case no seed survived an edit there. */
    private int[] recordedRegion(int m) {
        int diagonal = body.normalized().normalizedIndexOf(anchor.position().start());
        return new int[] {diagonal, diagonal, 0};
    }

    private static List<int[]> mergedWindows(List<int[]> regions, int m, int slack, int textLength) {
        List<int[]> windows = new ArrayList<>();
        for (int[] region : regions) {
            int from = Math.max(0, region[0] - slack);
            int to = Math.min(textLength, region[1] + m + slack);
            if (from < to) {
                windows.add(new int[] {from, to});
            }
        }
        windows.sort(Comparator.comparingInt((int[] w) -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] window : windows) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    /** Up to a few ends of best matches in the window, each at least half a quote away from the better ones. */
    private static int[] bestEnds(ApproximateMatcher matcher, char[] text, int from, int to, int m) {
        int[] distances = matcher.distancesEndingAt(text, from, to);
        int separation = Math.max(1, m / 2);
        PreparedBody.IntBuffer ends = new PreparedBody.IntBuffer();
        for (int round = 0; round < MAX_ENDS_PER_WINDOW; round++) {
            int best = -1;
            for (int i = 0; i < distances.length; i++) {
                if (distances[i] < m && (best < 0 || distances[i] < distances[best]) && isSeparate(ends, i, separation)) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            ends.add(best);
        }
        int[] chosen = ends.toArray();
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] += from;
        }
        return chosen;
    }

    private static boolean isSeparate(PreparedBody.IntBuffer chosen, int position, int separation) {
        for (int i = 0; i < chosen.size(); i++) {
            if (Math.abs(chosen.get(i) - position) < separation) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidate around a match that ends at {@code end} (inclusive). Edit distance alone is indifferent between
     * "Local shops and businesses" and "s and businesses" for the quote "Local businesses" (both cost about five), so
     * the boundaries are chosen by the full score, context included: first the start for this end, then the end for
     * that start, each among the spans whose distance is within {@link #BOUNDARY_SLACK} of the best. A match too poor
     * to reach the minimum whatever its context is not refined: it only tells the best score seen.
     */
    private Candidate candidateEndingAt(ApproximateMatcher matcher, char[] text, int end) {
        int m = matcher.patternLength();
        int spanEnd = end + 1;
        int[] leftwards = matcher.distancesOfSpansEndingAt(text, Math.max(0, spanEnd - 2 * m), spanEnd);
        int[] starts = nearBest(leftwards, m);
        if (min(leftwards) > m * (1.0 - scoring.minScore())) {
            int k = starts[0];
            return candidate(text, spanEnd - 1 - k, spanEnd, leftwards[k], m);
        }
        double suffixAgreement = context.suffixAgreement(text, spanEnd);
        Candidate best = null;
        for (int k : starts) {
            int start = spanEnd - 1 - k;
            best = better(best, candidate(start, spanEnd, leftwards[k], m, context.prefixAgreement(text, start), suffixAgreement));
        }
        int spanStart = best.start();
        int[] rightwards = matcher.distancesOfSpansStartingAt(text, spanStart, Math.min(text.length, spanStart + 2 * m));
        double prefixAgreement = context.prefixAgreement(text, spanStart);
        for (int k : nearBest(rightwards, m)) {
            int stop = spanStart + k + 1;
            best = better(best, candidate(spanStart, stop, rightwards[k], m, prefixAgreement, context.suffixAgreement(text, stop)));
        }
        return best;
    }

    private static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    /**
     * Span indexes (span length - 1) whose distance is within the boundary slack of the smallest, best first (by
     * distance, then by length closest to the quote's), at most 2 * slack + 1 of them.
     */
    private static int[] nearBest(int[] distances, int m) {
        int min = min(distances);
        PreparedBody.IntBuffer near = new PreparedBody.IntBuffer();
        for (int k = 0; k < distances.length; k++) {
            if (distances[k] <= min + BOUNDARY_SLACK) {
                near.add(k);
            }
        }
        int[] ks = near.toArray();
        long[] keyed = new long[ks.length];
        for (int i = 0; i < ks.length; i++) {
            long closeness = Math.abs(ks[i] + 1 - m);
            keyed[i] = ((long) distances[ks[i]] << 42) | (closeness << 21) | ks[i];
        }
        Arrays.sort(keyed);
        int[] best = new int[Math.min(keyed.length, 2 * BOUNDARY_SLACK + 1)];
        for (int i = 0; i < best.length; i++) {
            best[i] = (int) (keyed[i] & ((1 << 21) - 1));
        }
        return best;
    }

    private Candidate candidate(char[] text, int start, int end, int distance, int m) {
        return candidate(start, end, distance, m, context.prefixAgreement(text, start), context.suffixAgreement(text, end));
    }

    private Candidate candidate(int start, int end, int distance, int m, double prefixAgreement, double suffixAgreement) {
        double quoteSimilarity = Math.max(0.0, 1.0 - (double) distance / m);
        double contextSimilarity = context.combine(prefixAgreement, suffixAgreement);
        return new Candidate(start, end, quoteSimilarity, contextSimilarity, scoring.combine(quoteSimilarity, contextSimilarity, quote.length()));
    }

    /** The higher score; on a tie the span whose length is closer to the quote's. */
    private Candidate better(Candidate current, Candidate challenger) {
        if (current == null || challenger.score() > current.score()) {
            return challenger;
        }
        if (challenger.score() == current.score()) {
            int m = quote.length();
            int currentGap = Math.abs(current.end() - current.start() - m);
            int challengerGap = Math.abs(challenger.end() - challenger.start() - m);
            return challengerGap < currentGap ? challenger : current;
        }
        return current;
    }

    private AnchorResult decide(List<Candidate> candidates) {
        List<Candidate> ranked = distinct(rank(candidates));
        if (provenance != null) {
            // Every exact occurrence, also one hidden behind an overlapping approximate match that scored higher.
            for (Candidate candidate : rank(candidates)) {
                if (candidate.exact() && quote.length() >= MIN_CONSERVED_QUOTE && originOf(candidate) == Provenance.Origin.ANCHORED) {
                    // The old body's only explanation for this copy is our passage: it moved, whatever its surroundings.
                    return isAtRecordedPosition(candidate) ? exactPosition(candidate)
                            : new AnchorResult(AnchorState.EXACT_QUOTE, anchorFor(candidate), 1.0);
                }
            }
            double bar = scoring.minScore() - scoring.tieMargin();
            ranked = ranked.stream()
                    .filter(c -> c.score() < bar || originOf(c) != Provenance.Origin.OTHER_PASSAGE)
                    .toList();
        }
        if (ranked.isEmpty()) {
            return AnchorResult.orphaned(0.0);
        }
        Candidate best = ranked.getFirst();
        if (best.score() < scoring.minScore()) {
            return AnchorResult.orphaned(best.score());
        }
        if (quoteRemovedAtItsPlace(best)) {
            return AnchorResult.orphaned(best.score());
        }
        List<Candidate> rivals = rivalsOf(best, ranked);
        if (!rivals.isEmpty()) {
            // Indistinguishable places: only the recorded position itself may settle it; otherwise refuse to guess.
            if (isAtRecordedPosition(best)) {
                return exactPosition(best);
            }
            for (Candidate rival : rivals) {
                if (isAtRecordedPosition(rival)) {
                    return exactPosition(rival);
                }
            }
            return AnchorResult.orphaned(best.score());
        }
        if (isAtRecordedPosition(best)) {
            return exactPosition(best);
        }
        if (best.exact()) {
            return new AnchorResult(AnchorState.EXACT_QUOTE, anchorFor(best), 1.0);
        }
        return new AnchorResult(AnchorState.FUZZY, anchorFor(best), best.score());
    }

    /**
     * True when the recorded prefix and suffix still stand together somewhere, with text between them that is not
     * the quote (nothing, or a rewrite), away from the best candidate. Then the quote was deleted or rewritten at its
     * own place, and the best candidate, however similar, is another passage: the lookalike that must not capture
     * the link. Needs at least {@link #MIN_BRACKET_CONTEXT} characters of context on both sides to be sure.
     */
    private boolean quoteRemovedAtItsPlace(Candidate best) {
        if (prefix.length() < MIN_BRACKET_CONTEXT || suffix.length() < MIN_BRACKET_CONTEXT) {
            return false;
        }
        int maxGap = 2 * quote.length() + 8;
        int[] prefixes = body.occurrences(prefix);
        int[] suffixes = prefixes.length == 0 ? prefixes : body.occurrences(suffix);
        for (int i = 0; i < Math.min(prefixes.length, MAX_BRACKETS); i++) {
            int slotStart = prefixes[i] + prefix.length();
            int next = Arrays.binarySearch(suffixes, slotStart);
            int slotEnd = next >= 0 ? suffixes[next] : -next - 1 < suffixes.length ? suffixes[-next - 1] : -1;
            if (slotEnd < 0 || slotEnd - slotStart > maxGap) {
                continue;
            }
            boolean slotHoldsBest = best.start() <= slotEnd && slotStart <= best.end();
            if (!slotHoldsBest && slotSimilarity(slotStart, slotEnd) < scoring.minScore()) {
                return true;
            }
        }
        return false;
    }

    private double slotSimilarity(int slotStart, int slotEnd) {
        if (slotEnd == slotStart) {
            return 0.0;
        }
        int[] distances = new ApproximateMatcher(quote.toCharArray())
                .distancesOfSpansStartingAt(body.normalized().chars(), slotStart, slotEnd);
        return Math.max(0.0, 1.0 - (double) distances[distances.length - 1] / quote.length());
    }

    private Provenance.Origin originOf(Candidate candidate) {
        if (provenance == null) {
            return Provenance.Origin.UNKNOWN;
        }
        return origins.computeIfAbsent(candidate, c -> provenance.originOf(c.start(), c.end()));
    }

    private static List<Candidate> rank(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::start));
        return ranked;
    }

    /** Keeps, of overlapping candidates (the same place found twice), the better one. */
    private static List<Candidate> distinct(List<Candidate> ranked) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Other places that score as well as the best one, within the margin that one character of context makes. */
    private List<Candidate> rivalsOf(Candidate best, List<Candidate> ranked) {
        List<Candidate> rivals = new ArrayList<>();
        for (Candidate other : ranked) {
            if (other != best && !other.overlaps(best) && other.score() > best.score() - scoring.tieMargin()) {
                rivals.add(other);
            }
        }
        return rivals;
    }

    private boolean isAtRecordedPosition(Candidate candidate) {
        NormalizedText normalized = body.normalized();
        TextPositionSelector recorded = anchor.position();
        String exact = anchor.quote().exact();
        return normalized.originalStart(candidate.start()) == recorded.start()
                && normalized.originalEnd(candidate.end()) == recorded.end()
                && body.raw().startsWith(exact, recorded.start());
    }

    private AnchorResult exactPosition(Candidate candidate) {
        return new AnchorResult(AnchorState.EXACT_POSITION, anchorFor(candidate), 1.0);
    }

    private TextAnchor anchorFor(Candidate candidate) {
        NormalizedText normalized = body.normalized();
        return TextAnchor.of(body.raw(), normalized.originalStart(candidate.start()), normalized.originalEnd(candidate.end()));
    }
}
