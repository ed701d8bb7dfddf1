package org.factbench.indexer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A quick count of the articles in the inputs, for the progress bar's ETA: one per file, one per line of a JSON
 * Lines file. Feeds and web archives count as one; the bar's total grows when the load passes it.
 */
final class InputEstimate {

    private InputEstimate() {
    }

    static long articles(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                total += files.filter(Files::isRegularFile).mapToLong(InputEstimate::articlesIn).sum();
            } catch (IOException | RuntimeException e) {
                total += 1;
            }
        }
        return total;
    }

    private static long articlesIn(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".meta.json") || name.startsWith(".")) {
            return 0;
        }
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (!plain.endsWith(".jsonl") && !plain.endsWith(".ndjson")) {
            return 1;
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
