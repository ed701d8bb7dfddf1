package org.factbench.indexer.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void paragraphsAreSeparatedByExactlyOneBlankLineAndSpacesCollapse() {
        String raw = "  First   paragraph\nwraps here.\r\n\r\n\r\n\tSecond\u00A0one. \n \n";

        assertThat(TextNormalizer.body(raw)).isEqualTo("First paragraph wraps here.\n\nSecond one.");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Bak\u0131 cafe\u0301 e\u0308";

        assertThat(TextNormalizer.body(decomposed)).isEqualTo("Bak\u0131 caf\u00E9 \u00EB");
    }

    @Test
    void dropsControlAndInvisibleCharactersButKeepsJoinersPersianNeeds() {
        String raw = "a\u0000b\u0007c\u200Bd\uFEFFe\u00ADf \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";

        assertThat(TextNormalizer.body(raw)).isEqualTo("abcdef \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    }

    @Test
    void indentedLinesStartParagraphsInHardWrappedNewswireText() {
        String reutersStyle = "Showers continued throughout the week in\nthe Bahia cocoa zone.\n"
                + "    The dry period means the temporao will be late\nthis year.\n    Arrivals were 155,221 bags.";

        assertThat(TextNormalizer.body(reutersStyle)).isEqualTo(
                "Showers continued throughout the week in the Bahia cocoa zone.\n\n"
                        + "The dry period means the temporao will be late this year.\n\nArrivals were 155,221 bags.");
    }

    @Test
    void aBlockIndentedThroughoutStaysOneParagraph() {
        assertThat(TextNormalizer.body("    quoted line one\n    quoted line two")).isEqualTo("quoted line one quoted line two");
    }

    @Test
    void separatorsAndFormFeedsBreakParagraphs() {
        assertThat(TextNormalizer.body("one\u2029two\fthree\u2028four")).isEqualTo("one\n\ntwo\n\nthree four");
    }

    @Test
    void isIdempotent() {
        String once = TextNormalizer.body(" x \n\n\n y\u00A0 z\r\n  w ");

        assertThat(TextNormalizer.body(once)).isEqualTo(once);
    }

    @Test
    void inlineValuesBecomeOneLineAndBlankBecomesNull() {
        assertThat(TextNormalizer.inline("  Talks\n resume\t in  Moscow ")).isEqualTo("Talks resume in Moscow");
        assertThat(TextNormalizer.inline(" \u200B \n")).isNull();
        assertThat(TextNormalizer.body(null)).isEmpty();
    }

    @Test
    void loneSurrogatesAreDroppedPairsKept() {
        assertThat(TextNormalizer.body("a\uD800b \uD83D\uDE00")).isEqualTo("ab \uD83D\uDE00");
    }
}
