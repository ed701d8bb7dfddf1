package org.factbench.indexer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WarcReadingTest {

    @TempDir
    Path dir;

    @Test
    void htmlResponsesAndResourcesBecomeArticlesOtherRecordsAreSkipped() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, warc(WarcCompression.NONE,
                new Warcinfo.Builder().filename("crawl.warc").fields(Map.of("software", List.of("test"))).build(),
                request("https://monitor.example/a"),
                response("https://monitor.example/a", 200, "text/html; charset=utf-8", page("Talks resume", "Negotiators met in Moscow on Monday.")),
                response("https://monitor.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://monitor.example/gone", 404, "text/html", page("Not found", "This page does not exist any more.")),
                new WarcResource.Builder(URI.create("https://desk.example/b")).date(Instant.parse("2022-01-27T10:00:00Z"))
                        .body(MediaType.parse("text/html"), page("Working group", "The working group met on Thursday.")).build()));

        Results results = Results.read(warc);

        assertThat(results.failed).isEmpty();
        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("Talks resume", "Working group");
        ParsedArticle first = results.parsed.getFirst();
        assertThat(first.url()).isEqualTo("https://monitor.example/a");
        assertThat(first.body()).isEqualTo("Negotiators met in Moscow on Monday.");
        assertThat(first.source()).endsWith("crawl.warc#record 3");
        assertThat(first.published()).as("the capture date is not the publication date").isNull();
    }

    @Test
    void aBrokenRecordIsReportedAndReadingResumesAtTheNextRecord() throws IOException {
        byte[] good1 = warc(WarcCompression.NONE, response("https://monitor.example/1", 200, "text/html", page("One", "First page text.")));
        byte[] good2 = warc(WarcCompression.NONE, response("https://monitor.example/2", 200, "text/html", page("Two", "Second page text.")));
        byte[] broken = ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not-a-number\r\n\r\ngarbage\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path warc = dir.resolve("damaged.warc");
        Files.write(warc, concat(good1, broken, good2));

        Results results = Results.read(warc);

        assertThat(results.parsed).extracting(ParsedArticle::title).containsExactly("One", "Two");
        ParseResult.Failed failure = results.onlyFailure();
        assertThat(failure.source()).endsWith("damaged.warc#record 2");
        assertThat(failure.reason()).startsWith("record 2: broken WARC record: ")
                .endsWith("reading resumed at the next record, at byte " + (good1.length + broken.length));
    }

    @Test
    void aGzippedWarcIsRead() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, warc(WarcCompression.GZIP,
                response("https://monitor.example/1", 200, "text/html", page("One", "First page text.")),
                response("https://monitor.example/2", 200, "text/html", page("Two", "Second page text."))));

        assertThat(Results.read(warc).parsed).extracting(ParsedArticle::title).containsExactly("One", "Two");
    }

    @Test
    void aWarcWithoutHtmlIsReported() throws IOException {
        Path warc = dir.resolve("images.warc");
        Files.write(warc, warc(WarcCompression.NONE, response("https://x.example/a.png", 200, "image/png", new byte[] {1, 2, 3})));

        assertThat(Results.read(warc).onlyFailure().reason()).isEqualTo("no HTML pages: none of the 1 record(s) is an HTML response or resource");
    }

    private static byte[] page(String title, String text) {
        return ("<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static WarcRecord request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getPath()).addHeader("Host", URI.create(url).getHost()).build();
        return new WarcRequest.Builder(URI.create(url)).date(Instant.parse("2022-01-27T10:00:00Z")).body(http).build();
    }

    private static WarcRecord response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2022-01-27T10:00:00Z")).body(http).build();
    }

    private static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
