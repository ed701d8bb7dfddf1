package org.factbench.indexer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives written by the tests themselves. */
public final class TestArchives {

    private TestArchives() {
    }

    /** A crawl as crawlers write it: two dns: lookups, then the page as an HTTP response. */
    public static byte[] crawlWithDnsRecords(String url, String html) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            for (int i = 0; i < 2; i++) {
                writer.write(new WarcResponse.Builder(URI.create("dns:host" + i + ".example"))
                        .date(Instant.parse("2024-03-01T12:00:00Z"))
                        .body(MediaType.parse("text/dns"), "20240301120000\nhost.example. 300 IN A 192.0.2.1\n"
                                .getBytes(StandardCharsets.US_ASCII)).build());
            }
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-01T12:00:00Z")).body(http).build());
        }
        return out.toByteArray();
    }
}
