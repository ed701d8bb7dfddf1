package org.factbench.indexer.parse;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One file to read, with its gzip layer (if any) taken care of. Readers either stream it with
 * {@link #open()} or, for formats that are one document, take it whole with {@link #readDocument()}, which
 * refuses anything over the configured size instead of running out of memory.
 */
public final class InputFile {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final String name;
    private final boolean gzipped;
    private final long maxDocumentBytes;

    InputFile(Path path, boolean gzipped, long maxDocumentBytes) {
        this.path = path;
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        this.name = gzipped && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")
                ? fileName.substring(0, fileName.length() - 3)
                : fileName;
        this.gzipped = gzipped;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public Path path() {
        return path;
    }

    /** How results name this file: its path as given. */
    public String source() {
        return path.toString();
    }

    /** The file name without a ".gz" suffix, which tells the format of the content. */
    public String name() {
        return name;
    }

    public boolean gzipped() {
        return gzipped;
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The content, decompressed when the file is gzipped. Damage in the gzip layer surfaces as {@link CorruptGzipException}. */
    public InputStream open() throws IOException {
        InputStream raw = Files.newInputStream(path);
        if (!gzipped) {
            return new BufferedInputStream(raw, BUFFER);
        }
        try {
            return new BufferedInputStream(new GzipGuard(new GZIPInputStream(raw, BUFFER)), BUFFER);
        } catch (IOException e) {
            raw.close();
            throw new CorruptGzipException(e);
        }
    }

    /** The whole content, if it is at most {@link #maxDocumentBytes()} long. */
    public byte[] readDocument() throws IOException {
        if (!gzipped && Files.size(path) > maxDocumentBytes) {
            throw new TooLargeException("the file (" + Sizes.describe(Files.size(path)) + ")", maxDocumentBytes);
        }
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
            if (bytes.length > maxDocumentBytes) {
                throw new TooLargeException("the decompressed content", maxDocumentBytes);
            }
            return bytes;
        }
    }

    /** Reports errors of the gzip layer as such, so the message says "truncated gzip" and not just "EOF". */
    private static final class GzipGuard extends FilterInputStream {

        GzipGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new CorruptGzipException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new CorruptGzipException(e);
            }
        }

        /**
         * Never claims more is ready. A {@link BufferedInputStream} above keeps reading within one call while
         * {@code available()} is positive, and when the gzip data then breaks off, the bytes it had already gathered
         * in that call are lost with the exception: up to 64 KB of complete JSON lines before the cut (92 Reuters
         * records in the report that found it). With 0 it returns what it has, and the next call fails.
         */
        @Override
        public int available() {
            return 0;
        }
    }
}
