package org.factbench.indexer.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.factbench.indexer.local.LocalElasticsearchException.Problem.DISTRIBUTION_MISSING;

/**
 * The Elasticsearch distribution zip that Maven resolved, unpacked once into the data directory.
 * Nothing is downloaded at run time.
 */
final class Distribution {

    static final String RESOURCE = "META-INF/factbench/elasticsearch-distribution.properties";
    static final String PROPERTY = "factbench.elasticsearch.distribution";
    static final String ENVIRONMENT_VARIABLE = "FACTBENCH_ES_DISTRIBUTION";
    private static final String MARKER = ".factbench-unpacked";
    private static final Logger log = LoggerFactory.getLogger(Distribution.class);

    private Distribution() {
    }

    /** The zip: explicit override first, else the one the build recorded on the classpath. */
    static Path locateZip() {
        String override = System.getProperty(PROPERTY);
        if (override == null || override.isBlank()) {
            override = System.getenv(ENVIRONMENT_VARIABLE);
        }
        if (override != null && !override.isBlank()) {
            return requireReadable(Path.of(override.trim()), ENVIRONMENT_VARIABLE + " / -D" + PROPERTY);
        }
        Properties recorded = new Properties();
        try (InputStream in = Distribution.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LocalElasticsearchException(DISTRIBUTION_MISSING,
                        "The build did not record where the Elasticsearch distribution is (" + RESOURCE
                                + " is missing from the classpath). Build with ./mvnw, or set " + ENVIRONMENT_VARIABLE
                                + " to an elasticsearch-<version>.zip.");
            }
            recorded.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String zip = recorded.getProperty("zip", "");
        if (zip.contains("@")) {
            throw new LocalElasticsearchException(DISTRIBUTION_MISSING,
                    "The Elasticsearch distribution path was not filled in by the build (" + zip
                            + "). Build with ./mvnw, or set " + ENVIRONMENT_VARIABLE + ".");
        }
        return requireReadable(Path.of(zip), "the build (" + RESOURCE + ")");
    }

    private static Path requireReadable(Path zip, String source) {
        if (!Files.isRegularFile(zip) || !Files.isReadable(zip)) {
            throw new LocalElasticsearchException(DISTRIBUTION_MISSING,
                    "The Elasticsearch distribution " + zip + " (from " + source + ") does not exist or cannot be read. "
                            + "Run ./mvnw -pl indexer -am verify once so Maven resolves "
                            + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:9.3.2:zip, or set "
                            + ENVIRONMENT_VARIABLE + " to the zip.");
        }
        return zip.toAbsolutePath().normalize();
    }

    /**
     * Unpacks {@code zip} under {@code home} unless already done, and returns the Elasticsearch home directory
     * (the one with {@code bin/elasticsearch}). Safe against concurrent JVMs: a file lock serializes unpacking and
     * the result is moved into place only when complete.
     */
    static Path unpack(Path zip, Path home, ProcessUser user) {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path target = home.resolve(name);
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        try {
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(home.resolve(".unpack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (Files.exists(target.resolve(MARKER))) {
                    return target;
                }
                log.info("Unpacking Elasticsearch {} into {} (once)", zip.getFileName(), home);
                Path staging = Files.createTempDirectory(home, ".unpacking-");
                Path root = extract(zip, staging);
                deleteTree(target);
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(staging);
                Files.writeString(target.resolve(MARKER), zip.toString());
            }
        } catch (IOException e) {
            throw new LocalElasticsearchException(LocalElasticsearchException.Problem.OTHER,
                    "Could not unpack Elasticsearch from " + zip + " into " + home + ": " + e.getMessage(), e);
        }
        if (user.isRoot()) {
            makeWorldReadable(home);
        }
        return target;
    }

    /** Extracts with the zip's Unix permissions (java.util.zip would lose the exec bits of bin/*). */
    private static Path extract(Path zip, Path into) throws IOException {
        Path root = null;
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            Path zipRoot = fs.getPath("/");
            try (Stream<Path> entries = Files.walk(zipRoot)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (entry.equals(zipRoot)) {
                        continue;
                    }
                    Path out = into.resolve(zipRoot.relativize(entry).toString()).normalize();
                    if (!out.startsWith(into)) {
                        throw new IOException("Zip entry escapes the target directory: " + entry);
                    }
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(entry, out, StandardCopyOption.REPLACE_EXISTING);
                        out.toFile().setExecutable(isExecutable(entry, out, into), false);
                    }
                    if (entry.getNameCount() == 1) {
                        root = out;
                    }
                }
            }
        }
        if (root == null || !Files.isRegularFile(root.resolve("bin/elasticsearch"))) {
            throw new IOException("The zip holds no elasticsearch-<version>/bin/elasticsearch");
        }
        return root;
    }

    private static boolean isExecutable(Path entry, Path out, Path into) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
            if (permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException noPermissionsInZip) {
            // fall through to the conventional locations
        }
        Path relative = into.relativize(out);
        String parent = relative.getParent() == null ? "" : relative.getParent().toString();
        return parent.endsWith("/bin") || parent.contains("/jdk/bin") || parent.contains("/platform/");
    }

    /** {@code a+rX}: the unprivileged node user must read the distribution root unpacked. */
    private static void makeWorldReadable(Path home) {
        try {
            Files.walkFileTree(home, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    add(dir, EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Set<PosixFilePermission> extra = EnumSet.of(PosixFilePermission.GROUP_READ,
                            PosixFilePermission.OTHERS_READ);
                    if (Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE)) {
                        extra.add(PosixFilePermission.GROUP_EXECUTE);
                        extra.add(PosixFilePermission.OTHERS_EXECUTE);
                    }
                    add(file, extra);
                    return FileVisitResult.CONTINUE;
                }

                private void add(Path path, Set<PosixFilePermission> extra) throws IOException {
                    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                    if (permissions.addAll(extra)) {
                        Files.setPosixFilePermissions(path, permissions);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make " + home + " readable for user nobody", e);
        }
    }

    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
