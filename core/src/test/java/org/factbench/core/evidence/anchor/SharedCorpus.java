package org.factbench.core.evidence.anchor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read-only shared corpus: {@code factbench.shared.dir}, else {@code ../shared} next to the project root.
 * Nothing from it is copied into the project; tests read it at run time.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static boolean isCi() {
        return "true".equals(System.getenv("CI"));
    }

    static Optional<Path> bbcDirectory() {
        String configured = System.getProperty("factbench.shared.dir");
        List<Path> roots = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            roots.add(Path.of(configured));
        }
        // Run from the module directory (surefire) or from the project root (a plain java command).
        roots.add(Path.of("..", "..", "shared"));
        roots.add(Path.of("..", "shared"));
        return roots.stream().map(root -> root.resolve("corpus").resolve("bbc")).filter(Files::isDirectory).findFirst();
    }

    /** Article bodies (the title line and the blank line after it dropped), in a stable order. */
    static List<String> bbcBodies(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT")).sorted().toList();
        }
        List<String> bodies = new ArrayList<>(files.size());
        for (Path file : files) {
            String text = decode(Files.readAllBytes(file)).replace("\r\n", "\n");
            int bodyStart = text.indexOf("\n\n");
            if (bodyStart > 0) {
                bodies.add(text.substring(bodyStart + 2).strip());
            }
        }
        return bodies;
    }

    /** UTF-8, or Latin-1 for the few files that are not (the corpus README names one). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
