package org.factbench.core.evidence.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApproximateMatcherTest {

    @Test
    void distancesEndingAtAgreeWithTheTextbookDynamicProgramAcrossBlockBoundaries() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int m = 1 + random.nextInt(200);
            char[] pattern = randomText(random, m, 4);
            char[] text = randomText(random, 1 + random.nextInt(400), 4);
            int from = random.nextInt(text.length);
            int to = from + random.nextInt(text.length - from + 1);

            int[] fast = new ApproximateMatcher(pattern).distancesEndingAt(text, from, to);

            assertThat(fast).as("pattern %d chars, window [%d, %d)", m, from, to)
                    .containsExactly(naiveEndingAt(pattern, text, from, to));
        }
    }

    @Test
    void pinnedScansGiveTheEditDistanceOfExactlyThatSpan() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            char[] pattern = randomText(random, 1 + random.nextInt(150), 3);
            char[] text = randomText(random, 1 + random.nextInt(300), 3);
            int from = random.nextInt(text.length);
            int to = from + random.nextInt(text.length - from + 1);

            ApproximateMatcher matcher = new ApproximateMatcher(pattern);
            int[] endingAtTo = matcher.distancesOfSpansEndingAt(text, from, to);
            int[] startingAtFrom = matcher.distancesOfSpansStartingAt(text, from, to);

            int[] expectedEnding = new int[to - from];
            int[] expectedStarting = new int[to - from];
            for (int k = 0; k < expectedEnding.length; k++) {
                expectedEnding[k] = levenshtein(pattern, Arrays.copyOfRange(text, to - 1 - k, to));
                expectedStarting[k] = levenshtein(pattern, Arrays.copyOfRange(text, from, from + k + 1));
            }
            assertThat(endingAtTo).containsExactly(expectedEnding);
            assertThat(startingAtFrom).containsExactly(expectedStarting);
        }
    }

    @Test
    void findsAnEditedSentenceInNewsText() {
        char[] pattern = "The central bank raised rates by half a point.".toCharArray();
        char[] text = "Markets fell. The central bank raised its rates by half a point on Tuesday.".toCharArray();

        int[] distances = new ApproximateMatcher(pattern).distancesEndingAt(text, 0, text.length);

        int best = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] < distances[best]) best = i;
        }
        // "its " inserted (4) and the final "." missing (1).
        assertThat(distances[best]).isEqualTo(5);
        assertThat(new String(text, 0, best + 1)).endsWith("by half a point");
    }

    @Test
    void refusesAnEmptyPattern() {
        assertThatThrownBy(() -> new ApproximateMatcher(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static char[] randomText(Random random, int length, int alphabet) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            // Mix in a non-Latin letter so the character table is exercised beyond ASCII.
            chars[i] = random.nextInt(10) == 0 ? 'Ж' : (char) ('a' + random.nextInt(alphabet));
        }
        return chars;
    }

    private static int[] naiveEndingAt(char[] pattern, char[] text, int from, int to) {
        int m = pattern.length;
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) column[i] = i;
        int[] result = new int[to - from];
        for (int j = from; j < to; j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + (pattern[i - 1] == text[j] ? 0 : 1));
                diagonal = up;
            }
            result[j - from] = column[m];
        }
        return result;
    }

    private static int levenshtein(char[] a, char[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) previous[j] = j;
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
