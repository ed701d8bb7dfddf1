package org.factbench.indexer.parse;

import org.factbench.indexer.normalize.Dates;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata a user put beside a file: {@code <name>.meta.json} next to {@code <name>.txt} or
 * {@code <name>.html} (also when gzipped). The user wrote it on purpose, so it wins over what the file
 * itself says, and a broken one stops the file instead of being ignored.
 */
record SidecarMetadata(String file, String title, String outlet, List<String> authors, OffsetDateTime published,
                       String language, String url, List<String> notes) {

    static final String SUFFIX = ".meta.json";
    static final SidecarMetadata NONE = new SidecarMetadata(null, null, null, List.of(), null, null, null, List.of());

    private static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> KEYS = Set.of("title", "outlet", "authors", "author", "published", "language", "url");
    private static final JsonMapper MAPPER = JsonValues.mapper(MAX_BYTES);

    SidecarMetadata {
        authors = List.copyOf(authors);
        notes = List.copyOf(notes);
    }

    static boolean isSidecar(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The sidecar for {@code file} if there is one: the name without ".gz" and without its extension, plus ".meta.json". */
    static Path locate(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + SUFFIX);
    }

    static SidecarMetadata readFor(Path file) throws InvalidSidecarException {
        Path sidecar = locate(file);
        if (!Files.isRegularFile(sidecar)) {
            return NONE;
        }
        String name = sidecar.getFileName().toString();
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                throw new InvalidSidecarException(name, "larger than 1 MB; it should hold a few metadata fields");
            }
            return parse(name, MAPPER.readTree(Files.readAllBytes(sidecar)));
        } catch (JacksonException e) {
            throw new InvalidSidecarException(name, "invalid JSON: " + JsonValues.describe(e));
        } catch (IOException e) {
            throw new InvalidSidecarException(name, "cannot be read: " + e.getMessage());
        }
    }

    private static SidecarMetadata parse(String name, JsonNode root) throws InvalidSidecarException {
        if (root == null || !root.isObject()) {
            throw new InvalidSidecarException(name, "must be a JSON object like {\"title\": \"...\", \"published\": \"2021-12-27\"}");
        }
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!KEYS.contains(field.getKey())) {
                notes.add(name + ": unknown key '" + field.getKey() + "' ignored (known: title, outlet, authors, published, language, url)");
            }
        }
        String published = JsonValues.text(root.get("published"));
        OffsetDateTime date = Dates.parse(published);
        if (published != null && date == null) {
            throw new InvalidSidecarException(name, "\"published\": \"" + published
                    + "\" is not a date; write 2021-12-27 or 2021-12-27T10:15:00+04:00");
        }
        List<String> authors = new ArrayList<>(JsonValues.names(root.get("authors")));
        authors.addAll(JsonValues.names(root.get("author")));
        return new SidecarMetadata(name, JsonValues.text(root.get("title")), JsonValues.text(root.get("outlet")), authors,
                date, JsonValues.text(root.get("language")), JsonValues.text(root.get("url")), notes);
    }

    /** The sidecar exists but cannot be used; the article it describes is not read until it is fixed. */
    static final class InvalidSidecarException extends Exception {

        InvalidSidecarException(String sidecar, String problem) {
            super("metadata file " + sidecar + ": " + problem);
        }
    }
}
