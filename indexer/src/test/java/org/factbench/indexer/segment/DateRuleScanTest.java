package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.factbench.indexer.store.RealCorpus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The date rules look for matches only at word starts with a plausible first character (DateRule#forEachMatch);
 * these tests hold that to exactly what a plain {@code find()} loop over the whole text returns, on real English
 * and Russian news and on generated text full of edge cases (surrogates, digits glued to letters, Cyrillic).
 */
class DateRuleScanTest {

    private final DateExtractor extractor = new DateExtractor();

    @Test
    void findsWhatAFindLoopFindsOnRealNews() throws IOException {
        List<String> texts = realNews();
        long matches = 0;
        for (String text : texts) {
            matches += assertSameMatches(text);
        }
        assertThat(texts).hasSizeGreaterThan(2_500);
        // Real news is full of dates: a scan that found none would pass the comparison trivially.
        assertThat(matches).isGreaterThan(10_000);
    }

    @Test
    void skippingRulesWhoseTriggerIsMissingChangesNoResult() throws IOException {
        DateExtractor everyRule = new DateExtractor(false);
        LocalDate published = LocalDate.of(2021, 12, 25);
        long dates = 0;
        for (String text : realNews()) {
            for (Span paragraph : Paragraphs.of(text)) {
                List<ExtractedDate> found = extractor.find(text, paragraph, published);
                assertThat(found).as(text.substring(paragraph.start(), paragraph.end()))
                        .isEqualTo(everyRule.find(text, paragraph, published));
                dates += found.size();
            }
        }
        assertThat(dates).isGreaterThan(10_000);
    }

    @Test
    void theNumberPatternMatchesWhatItsPlainFormulationMatches() throws IOException {
        long numbers = 0;
        for (boolean english : List.of(true, false)) {
            java.util.regex.Pattern fast = NumberExtractor.pattern(english);
            java.util.regex.Pattern plain = NumberExtractor.reference(english);
            for (String text : realNews()) {
                numbers += assertSameNumbers(fast, plain, text);
            }
        }
        assertThat(numbers).isGreaterThan(10_000);
    }

    @Test
    void theNumberScanFindsWhatAFindLoopFindsOnGeneratedEdgeCases() {
        String[] pieces = {"1", "23", "1,500", "2.5", "1 500,5", "$", "€", "£ ", "₽", "₼", "million", "Million", "bn",
                "percent", "per cent", "%", "млн", "процентов", "covid-", "a", "x1", "-", ":", "10:30", " ", ",", ".",
                "tonnes", "Tonnes", "долларов", "\uD83D\uDE00", "²", "𝟚", "\n", "_"};
        Random random = new Random(20261128);
        long matches = 0;
        for (boolean english : List.of(true, false)) {
            java.util.regex.Pattern fast = NumberExtractor.pattern(english);
            java.util.regex.Pattern plain = NumberExtractor.reference(english);
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(20);
                for (int j = 0; j < length; j++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextInt(3) == 0) {
                        text.append(' ');
                    }
                }
                matches += assertSameNumbers(fast, plain, text.toString());
            }
        }
        assertThat(matches).isGreaterThan(5_000);
    }

    /** @return how many numbers there were */
    private static int assertSameNumbers(java.util.regex.Pattern fast, java.util.regex.Pattern plain, String text) {
        List<String> expected = new ArrayList<>();
        Matcher reference = plain.matcher(text);
        while (reference.find()) {
            expected.add(describe(reference));
        }
        List<String> actual = new ArrayList<>();
        NumberExtractor.forEachMatch(fast.matcher(text), text, match -> actual.add(describe(match)));
        assertThat(actual).as(text).isEqualTo(expected);
        return actual.size();
    }

    private static List<String> realNews() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RealCorpus.require("bbc"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = Files.lines(RealCorpus.require("russian/ng_0.jsonl"))) {
            lines.limit(500).forEach(line -> {
                JsonNode record = json.readTree(line);
                texts.add(record.path("content").asString(""));
            });
        }
        return texts;
    }

    @Test
    void findsWhatAFindLoopFindsOnGeneratedEdgeCases() {
        String[] pieces = {"23", "december", "2021", "dec.", "in", "last", "monday", "в", "декабре", "2021 года",
                "–", "-", " ", "  ", ",", ".", "x", "a1", "1a", "\uD83D\uDE00", "𝟚𝟘𝟚𝟙", "i\u0307", "ⅻ", "²", "\n",
                "on", "the day before yesterday", "next", "week", "прошлую", "среду", "до", "31.12.2021", "2021-12-23",
                "mid", "late", "sept", "of", "ма", "май", "March", "MAY", "İ"};
        Random random = new Random(20261128);
        long matches = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            matches += assertSameMatches(text.toString());
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    /** @return how many matches there were */
    private long assertSameMatches(String text) {
        String lowerCase = DateExtractor.lowerCase(text, new Span(0, text.length()));
        int[] starts = new int[lowerCase.length()];
        int count = DateExtractor.wordStarts(lowerCase, starts);
        long total = 0;
        for (DateRule rule : extractor.rules()) {
            List<String> scanned = new ArrayList<>();
            rule.forEachMatch(lowerCase, starts, count, match -> scanned.add(describe(match)));
            List<String> found = new ArrayList<>();
            Matcher matcher = rule.pattern().matcher(lowerCase);
            while (matcher.find()) {
                found.add(describe(matcher));
            }
            assertThat(scanned).as("%s on %s", rule.getClass().getSimpleName(), text).isEqualTo(found);
            total += found.size();
        }
        return total;
    }

    private static String describe(Matcher match) {
        StringBuilder groups = new StringBuilder(match.start() + "-" + match.end());
        for (int g = 1; g <= match.groupCount(); g++) {
            groups.append('|').append(match.group(g));
        }
        return groups.toString();
    }
}
