package org.factbench.indexer.parse.warc;

import org.factbench.indexer.normalize.TextDecoder;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ArticleSink;
import org.factbench.indexer.parse.FormatReader;
import org.factbench.indexer.parse.InputFile;
import org.factbench.indexer.parse.Sizes;
import org.factbench.indexer.parse.html.HtmlArticleExtractor;
import org.factbench.indexer.parse.html.TooComplexException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A web archive (WARC, or the older ARC, which jwarc presents as WARC records): every HTML page in it (a 2xx {@code response} record, or a {@code resource} record of type
 * text/html) becomes an article through the HTML extractor, with the record's target URI as the page URL.
 * Other records (requests, metadata, images, redirects) are skipped; records that hold no HTTP message at all (a
 * crawler's {@code dns:} lookups, warcinfo) are counted in a note, as they are not failures. A broken record is reported and
 * reading resumes at the next record header found after it, so one damaged record does not hide the rest.
 */
public final class WarcFileReader implements FormatReader {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlArticleExtractor extractor;

    public WarcFileReader(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public void read(InputFile input, ArticleSink sink) throws IOException {
        Counts counts = new Counts();
        try (FileChannel channel = FileChannel.open(input.path()); WarcReader reader = new WarcReader(channel)) {
            long lastStart = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    counts.records++;
                    counts.broken++;
                    Recovery recovery = recover(reader, channel, lastStart + 1, input.gzipped());
                    sink.failed(input.source() + "#record " + counts.records, "record " + counts.records
                            + ": broken WARC record: " + message(e) + (recovery == null
                            ? "; no further record found after it"
                            : "; reading resumed at the next record, at byte " + recovery.position()));
                    if (recovery == null) {
                        break;
                    }
                    next = recovery.record();
                }
                if (next.isEmpty()) {
                    break;
                }
                lastStart = reader.position();
                counts.records++;
                readRecord(next.get(), input, counts, sink);
            }
        }
        if (!counts.skipped.isEmpty()) {
            int skipped = counts.skipped.values().stream().mapToInt(Integer::intValue).sum();
            StringJoiner kinds = new StringJoiner(", ", " (", ")");
            counts.skipped.forEach((kind, count) -> kinds.add(count + " " + kind));
            sink.note(input.source(), "skipped " + skipped + " non-HTTP record(s), which hold no web page" + kinds);
        }
        if (counts.pages == 0 && counts.broken == 0) {
            sink.failed(input.source(), "no HTML pages: none of the " + counts.records
                    + " record(s) is an HTML response or resource");
        }
    }

    /**
     * The first readable record after a broken one: the next record header after the last good record's
     * start that actually parses (the broken record's own header is the first candidate, and fails).
     */
    private static Recovery recover(WarcReader reader, FileChannel channel, long from, boolean gzip) throws IOException {
        long candidate = RecordScanner.nextRecordStart(channel, from, gzip);
        while (candidate >= 0) {
            try {
                reader.position(candidate);
                Optional<WarcRecord> record = reader.next();
                return record.isPresent() ? new Recovery(record, candidate) : null;
            } catch (IOException | RuntimeException e) {
                candidate = RecordScanner.nextRecordStart(channel, candidate + 1, gzip);
            }
        }
        return null;
    }

    private record Recovery(Optional<WarcRecord> record, long position) {
    }

    private void readRecord(WarcRecord record, InputFile input, Counts counts, ArticleSink sink) {
        String source = input.source() + "#record " + counts.records;
        String where = "record " + counts.records;
        String nonHttp = nonHttp(record);
        if (nonHttp != null) {
            counts.skipped.merge(nonHttp, 1, Integer::sum);
            return;
        }
        Page page;
        try {
            page = page(record, input.maxDocumentBytes());
        } catch (IOException | RuntimeException e) {
            sink.failed(source, where + ": cannot read the HTTP response: " + message(e));
            return;
        }
        if (page == null) {
            return;
        }
        counts.pages++;
        if (page.tooLarge()) {
            sink.failed(source, where + " (" + page.url() + "): page larger than the limit of "
                    + Sizes.describe(input.maxDocumentBytes()) + " for one document; skipped");
            return;
        }
        ParsedArticle draft;
        try {
            draft = extractor.extract(source, page.html(), page.html().length, page.charset(), page.url());
        } catch (TooComplexException e) {
            sink.failed(source, where + " (" + page.url() + "): " + e.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError e) {
            sink.failed(source, where + " (" + page.url() + "): HTML could not be extracted: " + message(e));
            return;
        }
        sink.article(draft);
    }

    /**
     * What a record that holds no HTTP message is (a crawler's {@code dns:} lookups, whois, warcinfo), for the count of
     * skipped records; null for HTTP responses and requests and for resource records, which are looked at.
     */
    private static String nonHttp(WarcRecord record) {
        if (record instanceof WarcResponse response) {
            MediaType type = response.contentType();
            if (type != null && type.base().toString().equalsIgnoreCase("application/http")) {
                return null;
            }
            String target = response.target();
            int colon = target == null ? -1 : target.indexOf(':');
            return colon > 0 && colon < 12 ? target.substring(0, colon + 1) + " response" : "non-HTTP response";
        }
        if (record instanceof WarcResource || record instanceof WarcRequest) {
            return null;
        }
        return record.type();
    }

    /** The HTML page a record holds, or null when it holds none. */
    private static Page page(WarcRecord record, long maxBytes) throws IOException {
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
                return null;
            }
            return read(http.bodyDecoded(), charset(type), response.target(), maxBytes);
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return read(resource.body(), charset(resource.contentType()), resource.target(), maxBytes);
        }
        return null;
    }

    private static Page read(MessageBody body, Charset charset, String url, long maxBytes) throws IOException {
        try (InputStream in = body.stream()) {
            byte[] html = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return html.length > maxBytes ? new Page(new byte[0], charset, url, true) : new Page(html, charset, url, false);
        }
    }

    private static boolean isHtml(MediaType type) {
        return type != null && HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
    }

    private static Charset charset(MediaType type) {
        return type == null ? null : TextDecoder.charsetFor(type.parameters().get("charset"));
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private record Page(byte[] html, Charset charset, String url, boolean tooLarge) {
    }

    private static final class Counts {
        int records;
        int pages;
        int broken;
        /** Records holding no HTTP message, by kind, in the order first seen. */
        final Map<String, Integer> skipped = new LinkedHashMap<>();
    }
}
