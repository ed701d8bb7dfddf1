package org.factbench.core.evidence.anchor;

/**
 * Where a piece of the new body came from, judged with the old body the anchor was made on.
 *
 * <p>The selectors alone cannot tell "our sentence was deleted and an identical (or one-word-different) sentence
 * elsewhere remains" from "our sentence moved there": both leave one such sentence with the same 32 characters
 * around it. The old body can: if that text was already in the old version at another place, the new copy is that
 * other passage carried over, not ours. Old and new occurrences of the text are paired, greedily, by how far the
 * text around them stays identical (as a diff would align them); a candidate paired with an old place other than
 * the anchored one is another passage. Texts that occur too often (a common phrase) are not judged.
 */
final class Provenance {

    enum Origin {
        /** Paired with the anchored passage of the old body. */
        ANCHORED,
        /** Paired with another passage of the old body that the new body carries over. */
        OTHER_PASSAGE,
        /** New text, an extra copy, too common, or too close to call. */
        UNKNOWN
    }

    /** How far identical surroundings are followed on each side when pairing places. */
    private static final int REACH = 4096;
    private static final int MAX_PLACES = 16;

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
        int pairedOld = newPlaces.length == 1 && oldPlaces.length == 1 ? oldPlaces[0] : pairOf(start, oldPlaces, newPlaces, text.length());
        if (pairedOld < 0) {
            return Origin.UNKNOWN;
        }
        boolean anchored = pairedOld < anchoredEnd && anchoredStart < pairedOld + text.length();
        return anchored ? Origin.ANCHORED : Origin.OTHER_PASSAGE;
    }

    /**
     * Greedy pairing, longest identical surroundings first. Returns the old place paired with the new place
     * {@code newStart}, or -1 if it stays unpaired (an extra copy) or another free pairing for it is as good.
     */
    private int pairOf(int newStart, int[] oldPlaces, int[] newPlaces, int length) {
        int[][] agreement = new int[oldPlaces.length][newPlaces.length];
        for (int i = 0; i < oldPlaces.length; i++) {
            for (int j = 0; j < newPlaces.length; j++) {
                agreement[i][j] = identicalAround(oldPlaces[i], newPlaces[j], length);
            }
        }
        boolean[] oldTaken = new boolean[oldPlaces.length];
        boolean[] newTaken = new boolean[newPlaces.length];
        for (int round = 0; round < Math.min(oldPlaces.length, newPlaces.length); round++) {
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < oldPlaces.length; i++) {
                for (int j = 0; j < newPlaces.length; j++) {
                    if (!oldTaken[i] && !newTaken[j] && (bestI < 0 || agreement[i][j] > agreement[bestI][bestJ])) {
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            boolean involvesTarget = newPlaces[bestJ] == newStart;
            if (involvesTarget || isTied(agreement, bestI, bestJ, oldTaken, newTaken, newPlaces, newStart)) {
                return involvesTarget && !isTied(agreement, bestI, bestJ, oldTaken, newTaken, newPlaces, newStart)
                        ? oldPlaces[bestI] : -1;
            }
            oldTaken[bestI] = true;
            newTaken[bestJ] = true;
        }
        return -1;
    }

    /** Another free pair sharing a place with the best one, as good as it, where the target is involved. */
    private static boolean isTied(int[][] agreement, int bestI, int bestJ, boolean[] oldTaken, boolean[] newTaken, int[] newPlaces, int newStart) {
        int best = agreement[bestI][bestJ];
        for (int i = 0; i < agreement.length; i++) {
            for (int j = 0; j < newPlaces.length; j++) {
                boolean other = (i != bestI || j != bestJ) && !oldTaken[i] && !newTaken[j] && (i == bestI || j == bestJ);
                boolean touchesTarget = newPlaces[j] == newStart || newPlaces[bestJ] == newStart;
                if (other && touchesTarget && agreement[i][j] == best) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters that stay identical before and after the two places, up to {@link #REACH} on each side. */
    private int identicalAround(int oldStart, int newStart, int length) {
        char[] a = oldBody.normalized().chars();
        char[] b = newBody.normalized().chars();
        int before = 0;
        while (before < REACH && oldStart - before > 0 && newStart - before > 0 && a[oldStart - before - 1] == b[newStart - before - 1]) {
            before++;
        }
        int after = 0;
        int oldEnd = oldStart + length;
        int newEnd = newStart + length;
        while (after < REACH && oldEnd + after < a.length && newEnd + after < b.length && a[oldEnd + after] == b[newEnd + after]) {
            after++;
        }
        return before + after;
    }
}
