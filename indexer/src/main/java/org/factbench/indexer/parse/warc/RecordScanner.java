package org.factbench.indexer.parse.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record starts after a damaged one: a "WARC/1.0" or "WARC/1.1" version line at the
 * start of a line in a plain WARC, or a gzip member header in a record-per-member .warc.gz.
 */
final class RecordScanner {

    private static final byte[][] VERSION_LINES = {
        "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII),
        "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)};
    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final int CHUNK = 64 * 1024;

    private RecordScanner() {
    }

    /** @return the byte offset of the next record start at or after {@code from}, or -1 when there is none */
    static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long base = from;
        long size = channel.size();
        while (base < size) {
            buffer.clear();
            int read = channel.read(buffer, base);
            if (read <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < read; i++) {
                if (gzip ? startsWith(bytes, i, read, GZIP_MEMBER) : isVersionLine(bytes, i, read)) {
                    return base + i;
                }
            }
            // overlap by the longest pattern so a match across two chunks is not missed
            base += Math.max(1, read - VERSION_LINES[0].length);
        }
        return -1;
    }

    private static boolean isVersionLine(byte[] bytes, int i, int length) {
        if (i > 0 && bytes[i - 1] != '\n') {
            return false;
        }
        for (byte[] version : VERSION_LINES) {
            if (startsWith(bytes, i, length, version)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int offset, int length, byte[] prefix) {
        if (offset + prefix.length > length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[offset + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
