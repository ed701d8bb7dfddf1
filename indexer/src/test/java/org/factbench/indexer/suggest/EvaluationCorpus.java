package org.factbench.indexer.suggest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The articles the evaluation indexes, read from the shared corpus: the dev set's articles plus the first records
 * of each BBC category and each JSON Lines file as distractors, copied to a work folder (a temporary copy; a subset,
 * so that embedding every paragraph stays within minutes on two shared cores). Returns the paths with their language.
 */
final class EvaluationCorpus {

    record Input(Path path, String language) {
    }

    private EvaluationCorpus() {
    }

    static List<Input> prepare(Path corpus, DevSet devSet, Path work, int bbcPerCategory, int reutersDistractors,
                               int russianDistractors) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(bbc(corpus.resolve("bbc"), devSet, bbcPerCategory, work.resolve("bbc")), "en"));
        inputs.add(new Input(subset(corpus.resolve("reuters/reuters21578.jsonl"), "id", wanted(devSet, "reuters/reuters21578.jsonl"),
                reutersDistractors, work.resolve("reuters-subset.jsonl")), "en"));
        for (String file : List.of("russian/ng_0.jsonl", "russian/russia_today_0.jsonl")) {
            inputs.add(new Input(subset(corpus.resolve(file), "url", wanted(devSet, file), russianDistractors,
                    work.resolve(Path.of(file).getFileName().toString().replace(".jsonl", "-subset.jsonl"))), "ru"));
        }
        return inputs;
    }

    /** The dev set's BBC articles and the first {@code perCategory} of each category, copied with their folders. */
    private static Path bbc(Path bbc, DevSet devSet, int perCategory, Path target) {
        try {
            for (String category : List.of("business", "entertainment", "politics", "sport", "tech")) {
                Files.createDirectories(target.resolve(category));
                try (var files = Files.list(bbc.resolve(category))) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        int number = Integer.parseInt(name.replace(".txt", ""));
                        boolean gold = devSet.claims().stream().anyMatch(c -> c.source().equals("bbc/" + category + "/" + name));
                        if (gold || number <= perCategory) {
                            Files.copy(file, target.resolve(category).resolve(name));
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> wanted(DevSet devSet, String file) {
        Set<String> ids = new HashSet<>();
        for (DevSet.Claim claim : devSet.claims()) {
            if (claim.source().startsWith(file + "#")) {
                ids.add(claim.source().substring(file.length() + 1));
            }
        }
        return ids;
    }

    private static Path subset(Path source, String idField, Set<String> wanted, int firstN, Path target) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            Files.createDirectories(target.getParent());
            try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                 BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                String line;
                int taken = 0;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = mapper.readTree(line);
                    boolean gold = node.has(idField) && wanted.contains(node.get(idField).asString());
                    if (gold || taken < firstN) {
                        out.write(line);
                        out.newLine();
                        taken++;
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
