package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any body, checked on a few thousand generated ones: offsets point at the text,
 * every visible character lands in exactly one paragraph passage and one sentence passage, no passage is longer
 * than the limit or crosses a paragraph break, and extracted mentions sit inside their passage.
 */
class TextSegmenterPropertyTest {

    private static final String[] WORDS = {
        "the", "talks", "Mr.", "Dr.", "U.S.", "Jan.", "J.", "St.", "e.g.", "г.", "т.е.", "т. е.", "в", "Москве",
        "meeting", "Moscow", "23-24", "December", "2021", "23", "декабря", "2021", "года", "1.5", "million", "40%",
        "$3", "billion", "1,5", "млн", "on", "Monday", "last", "year", "yesterday", "вчера", "2021-12-23",
        "23.12.2021", "«Да.»", "\"Yes.\"", "(in", "Baku.)", "...", "?", "!", ".", ",", ";", "—", "😀", "𝔸𝔹",
        "é", "ё", "Ա", "ə", "10:30", "COVID-19", "20th", "1 200", "Ереван", "Yerevan", "wordwithoutanyspaces"};

    private static final String[] GAPS = {" ", " ", " ", " ", "\n\n", "\n\n\n", " \n \n ", "\u00a0", "\n", "  ", "\t"};

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\p{Zs}\\t\\r]*\\n");

    @Test
    void invariantsHoldOnGeneratedBodiesWithDefaultLimits() {
        check(new TextSegmenter(), TextSegmenter.DEFAULT_MAX_PARAGRAPH, TextSegmenter.DEFAULT_MAX_SENTENCE, 1_000, 11);
    }

    @Test
    void invariantsHoldWhenLimitsForceManyCuts() {
        check(new TextSegmenter(120, 40), 120, 40, 800, 29);
        check(new TextSegmenter(2, 2), 2, 2, 100, 31);
    }

    private static void check(TextSegmenter segmenter, int maxParagraph, int maxSentence, int bodies, long seed) {
        Random random = new Random(seed);
        String[] languages = {"en", "ru", null, "hy", ""};
        for (int i = 0; i < bodies; i++) {
            String body = body(random);
            String language = languages[random.nextInt(languages.length)];
            LocalDate published = random.nextBoolean() ? null : LocalDate.of(2021, 6, 1).plusDays(random.nextInt(300));
            List<Passage> passages = segmenter.segment(body, language, published);
            String context = "body #" + i + " (seed " + seed + "): " + body;
            assertThat(segmenter.segment(body, language, published)).as("deterministic, %s", context).isEqualTo(passages);
            checkPassages(body, passages, maxParagraph, maxSentence, context);
            checkCoverage(body, passages, Passage.Kind.PARAGRAPH, context);
            checkCoverage(body, passages, Passage.Kind.SENTENCE, context);
        }
    }

    private static void checkPassages(String body, List<Passage> passages, int maxParagraph, int maxSentence, String context) {
        int lastParagraph = -1;
        Passage currentParagraph = null;
        for (int ordinal = 0; ordinal < passages.size(); ordinal++) {
            Passage passage = passages.get(ordinal);
            assertThat(passage.ordinal()).as(context).isEqualTo(ordinal);
            assertThat(body.substring(passage.start(), passage.end())).as(context).isEqualTo(passage.text());
            assertThat(passage.text()).as(context).isNotBlank().isEqualTo(passage.text().strip());
            assertThat(PARAGRAPH_BREAK.matcher(passage.text()).find()).as("crosses a paragraph break, %s", context).isFalse();
            assertThat(Character.isLowSurrogate(passage.text().charAt(0))).as("starts mid-pair, %s", context).isFalse();
            assertThat(Character.isHighSurrogate(passage.text().charAt(passage.text().length() - 1)))
                    .as("ends mid-pair, %s", context).isFalse();
            if (passage.kind() == Passage.Kind.PARAGRAPH) {
                assertThat(passage.text().length()).as(context).isLessThanOrEqualTo(Math.max(maxParagraph, 2));
                assertThat(passage.paragraph()).as(context).isBetween(lastParagraph, lastParagraph + 1);
                lastParagraph = passage.paragraph();
                currentParagraph = passage;
            } else {
                assertThat(currentParagraph).as("a sentence before any paragraph, %s", context).isNotNull();
                assertThat(passage.text().length()).as(context).isLessThanOrEqualTo(Math.max(maxSentence, 2));
                assertThat(passage.paragraph()).as(context).isEqualTo(currentParagraph.paragraph());
                assertThat(passage.start()).as(context).isGreaterThanOrEqualTo(currentParagraph.start());
                assertThat(passage.end()).as(context).isLessThanOrEqualTo(currentParagraph.end());
            }
            for (ExtractedDate date : passage.dates()) {
                assertThat(body.substring(date.start(), date.end())).as(context).isEqualTo(date.mention());
                assertThat(date.start() >= passage.start() && date.end() <= passage.end()).as(context).isTrue();
                assertThat(date.from()).as(context).isBeforeOrEqualTo(date.to());
            }
            for (ExtractedNumber number : passage.numbers()) {
                assertThat(body.substring(number.start(), number.end())).as(context).isEqualTo(number.mention());
                assertThat(number.start() >= passage.start() && number.end() <= passage.end()).as(context).isTrue();
                assertThat(passage.dates()).as("a number inside a date, %s", context)
                        .noneMatch(date -> number.start() < date.end() && date.start() < number.end());
            }
        }
    }

    /** Every non-space character is in exactly one passage of the kind, and those passages come in body order. */
    private static void checkCoverage(String body, List<Passage> passages, Passage.Kind kind, String context) {
        int[] covered = new int[body.length()];
        int previousEnd = 0;
        for (Passage passage : passages) {
            if (passage.kind() == kind) {
                assertThat(passage.start()).as("%s passages out of order, %s", kind, context).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = passage.end();
                for (int i = passage.start(); i < passage.end(); i++) {
                    covered[i]++;
                }
            }
        }
        for (int i = 0; i < body.length(); i++) {
            if (!Span.isSpace(body.charAt(i)) && covered[i] != 1) {
                assertThat(covered[i]).as("%s coverage of char %d, %s", kind, i, context).isEqualTo(1);
            }
        }
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        if (random.nextInt(10) == 0) {
            body.append(GAPS[random.nextInt(GAPS.length)]);
        }
        int words = random.nextInt(10) == 0 ? random.nextInt(600) : random.nextInt(80);
        for (int w = 0; w < words; w++) {
            if (random.nextInt(200) == 0) {
                body.append("x".repeat(random.nextInt(2500)));
            } else {
                body.append(WORDS[random.nextInt(WORDS.length)]);
            }
            body.append(GAPS[random.nextInt(GAPS.length)]);
        }
        return body.toString();
    }
}
