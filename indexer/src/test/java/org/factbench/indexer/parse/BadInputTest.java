package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of bad input is reported with its file and a reason, and the rest of the batch is read. Each
 * test puts one bad file next to a good one and checks that the good one still comes through.
 */
class BadInputTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final ReadOptions ENGLISH = new ReadOptions(null, null, "en", Map.of());

    @TempDir
    Path dir;

    private Path good() {
        return TestFiles.write(dir, "good.txt", "A good article\n\nIt has a body that is fine.\n");
    }

    private ParseResult.Failed onlyFailureNextToGood(Path bad) {
        Results results = Results.read(good(), bad);
        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("A good article");
        ParseResult.Failed failure = results.onlyFailure();
        assertThat(failure.source()).startsWith(bad.toString());
        return failure;
    }

    @Test
    void emptyFile() {
        assertThat(onlyFailureNextToGood(TestFiles.write(dir, "empty.txt", new byte[0])).reason()).isEqualTo("empty file");
    }

    @Test
    void emptyGzip() {
        assertThat(onlyFailureNextToGood(TestFiles.write(dir, "empty.txt.gz", TestFiles.gzip(new byte[0]))).reason())
                .isEqualTo("empty file (the gzip data holds nothing)");
    }

    @Test
    void whitespaceOnlyFile() {
        assertThat(onlyFailureNextToGood(TestFiles.write(dir, "blank.txt", " \n\t\n ")).reason()).startsWith("no text");
    }

    @Test
    void binaryFileWithAKnownSignatureIsNamed() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyFailureNextToGood(TestFiles.write(dir, "report.txt", pdf)).reason())
                .startsWith("not text: this looks like a PDF document; supported are plain text, HTML");
    }

    @Test
    void binaryFileWithoutSignatureIsRefused() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThat(onlyFailureNextToGood(TestFiles.write(dir, "noise.bin", noise)).reason())
                .startsWith("not text: this looks like binary data");
    }

    @Test
    void aFiftyMegabyteSingleArticleIsRefusedWithoutBeingLoaded() throws IOException {
        Path big = dir.resolve("big.txt");
        try (Writer out = Files.newBufferedWriter(big)) {
            String paragraph = "Public figures met in Moscow to discuss the normalization of relations. ".repeat(14) + "\n\n";
            for (long written = 0; written < FIFTY_MB; written += paragraph.length()) {
                out.write(paragraph);
            }
        }

        assertThat(onlyFailureNextToGood(big).reason())
                .startsWith("the file (50")
                .endsWith(" MB) is larger than the limit of 16 MB for one document held in memory; "
                        + "split it, or raise factbench.parse.max-document-bytes");
    }

    @Test
    void aGzipThatInflatesBeyondTheLimitIsStoppedAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }

        assertThat(onlyFailureNextToGood(bomb).reason()).startsWith("the decompressed content is larger than the limit of 16 MB");
    }

    @Test
    void aFiftyMegabyteJsonLinesFileIsStreamedRecordByRecord() throws IOException {
        Path big = dir.resolve("big.jsonl");
        int records = 0;
        try (Writer out = Files.newBufferedWriter(big)) {
            String body = "Public figures met in Moscow to discuss the normalization of relations. ".repeat(140);
            for (long written = 0; written < FIFTY_MB; records++) {
                String line = "{\"title\": \"Record " + records + "\", \"text\": \"" + body + "\"}\n";
                out.write(line);
                written += line.length();
            }
        }
        AtomicInteger parsed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();

        new FormatDetectingCorpusReader().read(List.of(big), ENGLISH, result -> {
            if (result instanceof ParseResult.Parsed) {
                parsed.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        });

        assertThat(Files.size(big)).isGreaterThanOrEqualTo(FIFTY_MB);
        assertThat(parsed.get()).isEqualTo(records);
        assertThat(failed.get()).isZero();
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheDamage() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            lines.append("{\"title\": \"t").append(i).append("\", \"text\": \"Body number ").append(i)
                    .append(" of a JSON Lines file that gets cut off.\"}\n");
        }
        byte[] gzip = TestFiles.gzip(lines.toString());
        Path truncated = TestFiles.write(dir, "cut.jsonl.gz", Arrays.copyOf(gzip, gzip.length / 2));

        Results results = Results.read(new FormatDetectingCorpusReader(), ENGLISH, truncated);

        assertThat(results.parsed).hasSizeBetween(1, 1999);
        assertThat(results.parsed.getFirst().title()).isEqualTo("t1");
        assertThat(results.onlyFailure().source()).isEqualTo(truncated.toString());
        assertThat(results.onlyFailure().reason()).startsWith("truncated or corrupt gzip data")
                .endsWith("the " + results.parsed.size() + " result(s) read before this point are kept");
    }

    @Test
    void truncatedGzipOfASingleArticle() {
        byte[] gzip = TestFiles.gzip("Title\n\n" + "Some body text that will be cut. ".repeat(500));
        Path truncated = TestFiles.write(dir, "cut.txt.gz", Arrays.copyOf(gzip, gzip.length - 40));

        assertThat(onlyFailureNextToGood(truncated).reason()).startsWith("truncated or corrupt gzip data");
    }

    @Test
    void wrongEncodingIsDecodedWithANoteNotRefused() {
        byte[] latin1 = "Chelsea sack Mutu\n\nA \u00A315.8m signing from Parma, the caf\u00E9 owner said.\n".getBytes(StandardCharsets.ISO_8859_1);

        ParsedArticle article = Results.read(TestFiles.write(dir, "latin1.txt", latin1)).only();

        assertThat(article.body()).isEqualTo("A \u00A315.8m signing from Parma, the caf\u00E9 owner said.");
        assertThat(article.notes()).singleElement().asString().startsWith("decoded as windows-1252");
    }

    @Test
    void missingPathsAreReported() {
        Path missing = dir.resolve("does-not-exist.txt");

        assertThat(onlyFailureNextToGood(missing).reason()).isEqualTo("no such file or directory");
    }

    @Test
    void aDirectoryIsReadRecursivelyInNameOrderSkippingHiddenFilesAndSidecars() {
        TestFiles.write(dir, "b/2.txt", "Two\n\nSecond body.\n");
        TestFiles.write(dir, "b/2.meta.json", "{\"outlet\": \"Sidecar Outlet\"}");
        TestFiles.write(dir, "a/nested/1.txt", "One\n\nFirst body.\n");
        TestFiles.write(dir, "a/.hidden.txt", "Hidden\n\nNot to be read.\n");
        TestFiles.write(dir, ".git/config", "[core]\n");
        TestFiles.write(dir, "c/empty.txt", new byte[0]);

        Results results = Results.read(dir);

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("One", "Two");
        assertThat(results.parsed.get(1).outlet()).isEqualTo("Sidecar Outlet");
        assertThat(results.onlyFailure().source()).endsWith("empty.txt");
    }

    @Test
    void aSidecarGivenOnItsOwnIsExplained() {
        Path sidecar = TestFiles.write(dir, "x.meta.json", "{\"title\": \"t\"}");

        assertThat(onlyFailureNextToGood(sidecar).reason()).contains("read together with the article file of the same name");
    }

    @Test
    void aBatchOfBadFilesNeverStopsTheGoodOnes() {
        Path empty = TestFiles.write(dir, "1-empty.txt", new byte[0]);
        Path binary = TestFiles.write(dir, "2-image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path badJson = TestFiles.write(dir, "3-bad.jsonl", "{nope\n");
        Path emptyFeed = TestFiles.write(dir, "4-empty.rss", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        Path brokenWarc = TestFiles.write(dir, "5-broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n");
        Path last = TestFiles.write(dir, "6-good.txt", "Still read\n\nThe last file is fine.\n");

        Results results = Results.read(empty, binary, badJson, emptyFeed, brokenWarc, last);

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("Still read");
        assertThat(results.failed).extracting(ParseResult.Failed::source)
                .containsExactly(empty.toString(), binary.toString(), badJson + "#line 1", emptyFeed.toString(), brokenWarc + "#record 1");
        assertThat(results.failed).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void anExceptionFromTheSinkIsTheCallersAndPropagatesUnchanged() {
        Path file = good();
        IllegalStateException problem = new IllegalStateException("index is full");

        assertThatThrownBy(() -> new FormatDetectingCorpusReader().read(List.of(file), ReadOptions.defaults(), r -> {
            throw problem;
        })).isSameAs(problem);
    }
}
