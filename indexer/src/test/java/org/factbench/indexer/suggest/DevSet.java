package org.factbench.indexer.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The labelled claims of {@code suggest/dev-set.jsonl} or {@code dev-set-hard.jsonl} (see the README beside them). */
record DevSet(List<Claim> claims) {

    record Claim(String id, String type, String language, String claim, String source, List<String> gold) {

        /** A passage is gold when it contains one of the fragments (spacing and case aside). */
        boolean isGold(String passageText) {
            String text = normalized(passageText);
            return gold.stream().anyMatch(fragment -> text.contains(normalized(fragment)));
        }
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static DevSet load() {
        return load("dev-set.jsonl");
    }

    /** Both sets, for building one index that serves the evaluation of each. */
    DevSet plus(DevSet other) {
        List<Claim> all = new ArrayList<>(claims);
        all.addAll(other.claims);
        return new DevSet(List.copyOf(all));
    }

    static DevSet load(String file) {
        ObjectMapper mapper = new ObjectMapper();
        List<Claim> claims = new ArrayList<>();
        try (InputStream in = DevSet.class.getResourceAsStream("/suggest/" + file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                List<String> gold = new ArrayList<>();
                node.get("gold").forEach(g -> gold.add(g.asString()));
                claims.add(new Claim(node.get("id").asString(), node.get("type").asString(),
                        node.get("language").asString(), node.get("claim").asString(), node.get("source").asString(),
                        List.copyOf(gold)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DevSet(List.copyOf(claims));
    }
}
