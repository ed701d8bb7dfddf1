package org.factbench.indexer.parse;

import org.factbench.indexer.store.RealCorpus;
import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.Dates;
import org.factbench.indexer.normalize.LanguageCodes;
import org.factbench.indexer.normalize.TextNormalizer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well HTML extraction agrees with Mozilla Readability's own test pages (130 real pages, their
 * expected-metadata.json and expected.html). Metadata fields are scored on the pages where Readability
 * found a value; the body by bag-of-words F1 against the text of expected.html. Prints the figures that
 * docs/PARSING.md reports; the minimums sit just below what the extractor achieves, so a regression fails.
 */
class HtmlExtractionAccuracyTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void extractionAgreesWithReadabilityOnItsTestPages() throws IOException {
        Path pages = RealCorpus.require("html/readability");
        List<Path> folders;
        try (Stream<Path> list = Files.list(pages)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        FormatDetectingCorpusReader reader = new FormatDetectingCorpusReader();
        Score title = new Score("title");
        Score byline = new Score("byline");
        Score published = new Score("published time");
        Score language = new Score("language");
        Score siteName = new Score("site name");
        List<Double> f1s = new ArrayList<>();
        List<Double> wholePageF1s = new ArrayList<>();
        Map<String, Double> f1ByPage = new HashMap<>();
        int failures = 0;

        for (Path folder : folders) {
            Results results = Results.read(reader, ReadOptions.defaults(), folder.resolve("source.html"));
            JsonNode expected = JSON.readTree(folder.resolve("expected-metadata.json").toFile());
            String name = folder.getFileName().toString();
            if (results.parsed.size() != 1) {
                failures++;
                f1s.add(0.0);
                continue;
            }
            ParsedArticle article = results.parsed.getFirst();
            title.record(name, text(expected, "title"), article.title(), HtmlExtractionAccuracyTest::sameText);
            byline.record(name, text(expected, "byline"), String.join(", ", article.authors()), HtmlExtractionAccuracyTest::sameAuthors);
            published.record(name, text(expected, "publishedTime"), article.published() == null ? null : article.published().toString(),
                    HtmlExtractionAccuracyTest::sameInstant);
            language.record(name, text(expected, "lang"), article.language(),
                    (e, a) -> a != null && a.equals(LanguageCodes.toIso639_1(e)));
            siteName.record(name, text(expected, "siteName"), article.outlet(), HtmlExtractionAccuracyTest::sameText);
            String expectedText = Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text();
            double f1 = f1(expectedText, article.body());
            wholePageF1s.add(f1(expectedText, Jsoup.parse(Files.readString(folder.resolve("source.html"))).body().text()));
            f1s.add(f1);
            f1ByPage.put(name, f1);
        }

        double meanF1 = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<Double> sorted = f1s.stream().sorted().toList();
        double medianF1 = sorted.get(sorted.size() / 2);
        long above90 = f1s.stream().filter(f -> f >= 0.9).count();
        System.out.printf(Locale.ROOT, "HTML extraction on %d Readability test pages (%d not extracted)%n", folders.size(), failures);
        for (Score score : List.of(title, byline, published, language, siteName)) {
            System.out.println("  " + score);
        }
        double wholePageMeanF1 = wholePageF1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "  body token F1: mean %.3f, median %.3f, %d of %d pages >= 0.90"
                + " (baseline, all text of the page body: mean %.3f)%n", meanF1, medianF1, above90, f1s.size(), wholePageMeanF1);
        System.out.println("  lowest body F1: " + f1ByPage.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).limit(8)
                .map(e -> e.getKey() + String.format(Locale.ROOT, " %.2f", e.getValue()))
                .collect(Collectors.joining(", ")));
        System.out.println("  title misses: " + title.misses);
        System.out.println("  byline misses: " + byline.misses);
        System.out.println("  published misses: " + published.misses);

        assertThat(failures).isZero();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(130);
        assertThat(title.accuracy()).isGreaterThanOrEqualTo(0.96);
        assertThat(byline.accuracy()).isGreaterThanOrEqualTo(0.82);
        assertThat(published.accuracy()).isGreaterThanOrEqualTo(0.96);
        assertThat(language.accuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(siteName.accuracy()).isGreaterThanOrEqualTo(0.96);
        assertThat(meanF1).isGreaterThanOrEqualTo(0.975);
        assertThat(medianF1).isGreaterThanOrEqualTo(0.99);
        assertThat(meanF1).isGreaterThan(wholePageMeanF1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static boolean sameText(String expected, String actual) {
        return actual != null && TextNormalizer.inline(expected).equals(TextNormalizer.inline(actual));
    }

    private static boolean sameAuthors(String expected, String actual) {
        return names(Bylines.split(expected)).equals(names(Bylines.split(actual)));
    }

    private static Set<String> names(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean sameInstant(String expected, String actual) {
        OffsetDateTime e = Dates.parse(expected);
        OffsetDateTime a = Dates.parse(actual);
        return e != null && a != null && e.toInstant().equals(a.toInstant());
    }

    /** Bag-of-words F1: how many words (with multiplicity) the two texts share, against their sizes. */
    static double f1(String expected, String actual) {
        Map<String, Integer> want = bag(expected);
        Map<String, Integer> got = bag(actual);
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wantTotal == 0 && gotTotal == 0) {
            return 1.0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            common += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        double precision = (double) common / gotTotal;
        double recall = (double) common / wantTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            bag.merge(matcher.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** Agreement on one metadata field, over the pages where Readability found a value. */
    private static final class Score {

        private final String field;
        private int expected;
        private int matched;
        private int extraWhereNoneExpected;
        private int noneExpected;
        final List<String> misses = new ArrayList<>();

        Score(String field) {
            this.field = field;
        }

        void record(String page, String want, String got, java.util.function.BiPredicate<String, String> same) {
            boolean gotValue = got != null && !got.isBlank();
            if (want == null || want.isBlank()) {
                noneExpected++;
                if (gotValue) {
                    extraWhereNoneExpected++;
                }
                return;
            }
            expected++;
            if (same.test(want, got)) {
                matched++;
            } else if (misses.size() < 12) {
                misses.add(page + " [" + want + " | " + got + "]");
            }
        }

        double accuracy() {
            return expected == 0 ? 0 : (double) matched / expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-15s %3d of %3d (%.1f%%) where Readability has one; on the other %d pages we give one on %d",
                    field, matched, expected, 100 * accuracy(), noneExpected, extraWhereNoneExpected);
        }
    }
}
