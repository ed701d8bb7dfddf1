package org.factbench.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A classpath folder copied to a temporary directory, because the readers work on files and a folder inside
 * the application jar is not one. Deleted on close.
 */
final class ClasspathFolder implements AutoCloseable {

    private final Path directory;

    private ClasspathFolder(Path directory) {
        this.directory = directory;
    }

    static ClasspathFolder copy(String location) {
        String folder = location.replaceAll("^/+|/+$", "");
        try {
            Path target = Files.createTempDirectory("factbench-" + folder.replace('/', '-') + "-");
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/**");
            int copied = 0;
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(folder + "/");
                if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                Path file = target.resolve(url.substring(at + folder.length() + 1)).normalize();
                if (!file.startsWith(target) || isDocumentation(file)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                copied++;
            }
            if (copied == 0) {
                delete(target);
                throw new IllegalArgumentException("Nothing found on the class path under '" + folder + "'");
            }
            return new ClasspathFolder(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy classpath:" + folder + " to a temporary directory", e);
        }
    }

    /** A folder's README describes the articles; it is not one. */
    private static boolean isDocumentation(Path file) {
        return file.getFileName().toString().toUpperCase(java.util.Locale.ROOT).startsWith("README");
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        delete(directory);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it up eventually
        }
    }
}
