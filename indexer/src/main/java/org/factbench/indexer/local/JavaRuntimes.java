package org.factbench.indexer.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static org.factbench.indexer.local.LocalElasticsearchException.Problem.NO_SUITABLE_JAVA;

/**
 * Picks the JDK that runs Elasticsearch (it needs 21+). An explicit choice (setting or {@code ES_JAVA_HOME}) is
 * taken as is and refused when too old, as Elasticsearch's own scripts would; otherwise the JVM running this
 * code, otherwise the newest JDK 21+ under {@code /usr/lib/jvm}.
 */
final class JavaRuntimes {

    static final int MINIMUM = 21;
    static final String ENVIRONMENT_VARIABLE = "ES_JAVA_HOME";

    private JavaRuntimes() {
    }

    static Path select(Path explicit, Path runningJavaHome, Path jvmDirectory) {
        if (explicit != null) {
            int version = version(explicit).orElseThrow(() -> new LocalElasticsearchException(NO_SUITABLE_JAVA,
                    "The Java home for Elasticsearch (" + ENVIRONMENT_VARIABLE + " or factbench.elasticsearch.local"
                            + ".java-home) is " + explicit + ", which is not a JDK (no bin/java). Point it at a JDK "
                            + MINIMUM + " or newer, or unset it."));
            if (version < MINIMUM) {
                throw new LocalElasticsearchException(NO_SUITABLE_JAVA,
                        "Elasticsearch 9 needs Java " + MINIMUM + " or newer, but the Java home chosen for it ("
                                + ENVIRONMENT_VARIABLE + " or factbench.elasticsearch.local.java-home) is " + explicit
                                + " (Java " + version + "). Point it at a JDK " + MINIMUM
                                + "+ (e.g. /usr/lib/jvm/temurin-25-jdk-amd64), or unset it to use the JVM running "
                                + "Factbench.");
            }
            return explicit;
        }
        List<String> seen = new ArrayList<>();
        if (runningJavaHome != null) {
            Optional<Integer> version = version(runningJavaHome);
            if (version.isPresent() && version.get() >= MINIMUM) {
                return runningJavaHome;
            }
            seen.add(runningJavaHome + " (Java " + version.map(String::valueOf).orElse("?") + ")");
        }
        record Candidate(Path home, int version) {
        }
        List<Candidate> candidates = new ArrayList<>();
        if (jvmDirectory != null && Files.isDirectory(jvmDirectory)) {
            try (Stream<Path> homes = Files.list(jvmDirectory)) {
                homes.forEach(home -> version(home).ifPresent(v -> {
                    candidates.add(new Candidate(home, v));
                    seen.add(home + " (Java " + v + ")");
                }));
            } catch (IOException ignored) {
                // nothing usable there; reported below
            }
        }
        return candidates.stream()
                .filter(c -> c.version() >= MINIMUM)
                .max(Comparator.comparingInt(Candidate::version))
                .map(Candidate::home)
                .orElseThrow(() -> new LocalElasticsearchException(NO_SUITABLE_JAVA,
                        "Elasticsearch 9 needs Java " + MINIMUM + " or newer and none was found. Checked: "
                                + (seen.isEmpty() ? "nothing" : String.join(", ", seen)) + ". Install a JDK "
                                + MINIMUM + "+ (e.g. apt-get install openjdk-21-jdk-headless) and/or set "
                                + ENVIRONMENT_VARIABLE + " to it."));
    }

    /** The feature version from the JDK's {@code release} file, empty when the directory is not a JDK. */
    static Optional<Integer> version(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(javaHome.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String value = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = value.startsWith("1.") ? value.substring(2) : value;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
    }
}
