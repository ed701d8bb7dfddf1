package org.factbench.indexer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CandidateScanTest {

    @Test
    void givesWhatAFindLoopGivesWithLookbehindsSeeingTheTextBeforeEachCandidate() {
        Pattern number = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?");
        String text = "Rates rose 3.5 pct, a2 is no number, 1,200 tonnes in 1987; x9 and 42.";

        assertThat(scan(number, text)).containsExactlyElementsOf(findLoop(number, text))
                .containsExactly("3.5", "1,200", "1987", "42");
        assertThat(CandidateScan.anyMatch(number.matcher(text), text, Character::isDigit)).isTrue();
        assertThat(CandidateScan.anyMatch(number.matcher("a2 b3"), "a2 b3", Character::isDigit)).isFalse();
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a scan that stalls never ends
    void anEmptyMatchDoesNotStallTheScan() {
        // three digits, or nothing in front of a digit: an empty match at a candidate, as find() sees it too
        Pattern threeDigitsOrNothing = Pattern.compile("(?=\\d)(?:\\d{3})?");
        String text = "12 3456";

        assertThat(spans(threeDigitsOrNothing, text)).containsExactly("0-0", "1-1", "3-6", "6-6");
    }

    private static List<String> scan(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        CandidateScan.forEachMatch(pattern.matcher(text), text, Character::isDigit, m -> matches.add(m.group()));
        return matches;
    }

    private static List<String> spans(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        CandidateScan.forEachMatch(pattern.matcher(text), text, Character::isDigit, m -> spans.add(m.start() + "-" + m.end()));
        List<String> expected = new ArrayList<>();
        Matcher find = pattern.matcher(text);
        while (find.find()) {
            expected.add(find.start() + "-" + find.end());
        }
        assertThat(spans).isEqualTo(expected);
        return spans;
    }

    private static List<String> findLoop(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        Matcher find = pattern.matcher(text);
        while (find.find()) {
            matches.add(find.group());
        }
        return matches;
    }
}
