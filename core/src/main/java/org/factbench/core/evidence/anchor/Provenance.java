package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of the new body came from, judged with the old body the anchor was made on.
 *
 * <p>The selectors alone cannot tell "our sentence was deleted and an identical (or one-word-different) sentence
 * elsewhere remains" from "our sentence moved there": both leave one such sentence with the same 32 characters
 * around it. The old body can: if that text was already in the old version at another place, the new copy is that
 * other passage carried over, not ours. Every old occurrence of the text is paired with a new occurrence by the
 * agreement of their wider surroundings; a candidate paired with an old place other than the anchored one is
 * another passage. Texts that occur too often (a common phrase) are not judged.
 */
final class Provenance {

    enum Origin {
        /** Paired with the anchored passage of the old body. */
        ANCHORED,
        /** Paired with another passage of the old body that the new body carries over. */
        OTHER_PASSAGE,
        /** New text, an extra copy, or too common to say. */
        UNKNOWN
    }

    /** Context compared when pairing places; widened once when the first comparison cannot separate them. */
    private static final int WIDE_CONTEXT = 96;
    private static final int WIDER_CONTEXT = 512;
    private static final int MAX_PLACES = 16;
    private static final double SEPARATION = 0.02;

    private final PreparedBody oldBody;
    private final PreparedBody newBody;
    private final int anchoredStart;
    private final int anchoredEnd;

    /** @param anchoredStart normalized start of the anchored quote in the old body, {@code anchoredEnd} its end */
    Provenance(PreparedBody oldBody, PreparedBody newBody, int anchoredStart, int anchoredEnd) {
        this.oldBody = oldBody;
        this.newBody = newBody;
        this.anchoredStart = anchoredStart;
        this.anchoredEnd = anchoredEnd;
    }

    /** The origin of the new body's normalized span [start, end). */
    Origin originOf(int start, int end) {
        String text = newBody.normalized().text().substring(start, end);
        int[] oldPlaces = oldBody.occurrences(text);
        if (oldPlaces.length == 0 || oldPlaces.length > MAX_PLACES) {
            return Origin.UNKNOWN;
        }
        int[] newPlaces = newBody.occurrences(text);
        if (newPlaces.length > MAX_PLACES) {
            return Origin.UNKNOWN;
        }
        int pairedOld = pairOf(start, oldPlaces, newPlaces, text.length());
        if (pairedOld < 0) {
            return Origin.UNKNOWN;
        }
        boolean anchored = pairedOld < anchoredEnd && anchoredStart < pairedOld + text.length();
        return anchored ? Origin.ANCHORED : Origin.OTHER_PASSAGE;
    }

    /**
     * Greedy pairing, best agreeing pairs first, of old and new places of one text. Returns the old place paired
     * with the new place {@code newStart}, or -1 if it stays unpaired (an extra copy) or could not be told apart.
     */
    private int pairOf(int newStart, int[] oldPlaces, int[] newPlaces, int length) {
        for (int width : new int[] {WIDE_CONTEXT, WIDER_CONTEXT}) {
            double[][] agreement = new double[oldPlaces.length][newPlaces.length];
            for (int i = 0; i < oldPlaces.length; i++) {
                ContextSimilarity around = around(oldPlaces[i], length, width);
                for (int j = 0; j < newPlaces.length; j++) {
                    agreement[i][j] = around.score(newBody.normalized().chars(), newPlaces[j], newPlaces[j] + length);
                }
            }
            int result = greedyPair(newStart, newPlaces, agreement);
            if (result != AMBIGUOUS) {
                return result < 0 ? -1 : oldPlaces[result];
            }
        }
        return -1;
    }

    private static final int AMBIGUOUS = -2;

    private static int greedyPair(int newStart, int[] newPlaces, double[][] agreement) {
        int target = -1;
        for (int j = 0; j < newPlaces.length; j++) {
            if (newPlaces[j] == newStart) {
                target = j;
            }
        }
        boolean[] oldTaken = new boolean[agreement.length];
        boolean[] newTaken = new boolean[newPlaces.length];
        List<int[]> order = new ArrayList<>();
        for (int i = 0; i < agreement.length; i++) {
            for (int j = 0; j < newPlaces.length; j++) {
                order.add(new int[] {i, j});
            }
        }
        order.sort((a, b) -> Double.compare(agreement[b[0]][b[1]], agreement[a[0]][a[1]]));
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k)[0];
            int j = order.get(k)[1];
            if (oldTaken[i] || newTaken[j]) {
                continue;
            }
            if (j == target && isContested(order, k, i, j, agreement, oldTaken, newTaken)) {
                return AMBIGUOUS;
            }
            oldTaken[i] = true;
            newTaken[j] = true;
            if (j == target) {
                return i;
            }
        }
        return -1;
    }

    /** Another free pair involving the same old or new place agrees almost as well: the choice would be a guess. */
    private static boolean isContested(List<int[]> order, int k, int i, int j, double[][] agreement, boolean[] oldTaken, boolean[] newTaken) {
        double best = agreement[i][j];
        for (int other = k + 1; other < order.size(); other++) {
            int oi = order.get(other)[0];
            int oj = order.get(other)[1];
            if (best - agreement[oi][oj] > SEPARATION) {
                return false;
            }
            if (!oldTaken[oi] && !newTaken[oj] && (oi == i || oj == j)) {
                return true;
            }
        }
        return false;
    }

    private ContextSimilarity around(int oldStart, int length, int width) {
        String text = oldBody.normalized().text();
        int from = Math.max(0, oldStart - width);
        int to = Math.min(text.length(), oldStart + length + width);
        return new ContextSimilarity(text.substring(from, oldStart), text.substring(oldStart + length, to), from == 0, to == text.length());
    }
}
