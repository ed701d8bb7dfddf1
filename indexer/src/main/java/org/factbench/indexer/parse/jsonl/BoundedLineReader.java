package org.factbench.indexer.parse.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLineBytes} of one line: a longer
 * line is skipped to its end and reported as too long, so one runaway line cannot exhaust memory.
 */
final class BoundedLineReader {

    /** One line without its terminator; {@code bytes} is only valid until the next call. */
    record Line(byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[8 * 1024];

    BoundedLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** @return the next line, or null at the end of the stream */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    return sawAnything ? finish(length, tooLong) : null;
                }
            }
            sawAnything = true;
            int newline = indexOf(chunk, chunkPos, chunkEnd);
            int end = newline < 0 ? chunkEnd : newline;
            int count = end - chunkPos;
            if (!tooLong) {
                if ((long) length + count > maxLineBytes) {
                    tooLong = true;
                } else {
                    ensureCapacity(length + count);
                    System.arraycopy(chunk, chunkPos, line, length, count);
                    length += count;
                }
            }
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                return finish(length, tooLong);
            }
        }
    }

    private Line finish(int length, boolean tooLong) {
        int end = length;
        if (!tooLong && end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return new Line(line, tooLong ? 0 : end, tooLong);
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, line.length * 2));
        }
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
