package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.schema.AnalyzerChoice.Strategy;
import org.factbench.indexer.schema.Languages.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses each language's analyzer by asking the cluster what it can do, because distributions differ: a full
 * cluster has {@code english} and {@code russian}; the local distribution has neither but runs hunspell when the
 * node's config holds the dictionaries. A probe that the cluster rejects (HTTP 400) means "not available";
 * anything else (cluster down) is an error for the caller.
 */
final class AnalyzerProbe {

    private static final Logger log = LoggerFactory.getLogger(AnalyzerProbe.class);

    private final ElasticsearchClient client;

    AnalyzerProbe(ElasticsearchClient client) {
        this.client = client;
    }

    Map<String, AnalyzerChoice> chooseAll() throws IOException {
        Map<String, AnalyzerChoice> choices = new LinkedHashMap<>();
        for (Language language : Languages.ALL) {
            AnalyzerChoice choice = choose(language);
            log.debug("Analyzer for {}: {}", language.code(), choice.description());
            choices.put(language.code(), choice);
        }
        return choices;
    }

    AnalyzerChoice choose(Language language) throws IOException {
        if (works("{\"analyzer\":\"" + language.builtin() + "\",\"text\":\"probe\"}")) {
            return new AnalyzerChoice(language.code(), Strategy.BUILTIN, "built-in '" + language.builtin() + "'",
                    Map.of("type", language.builtin()), Map.of());
        }
        String hunspell = "fb_hunspell_" + language.code();
        String stop = "fb_stop_" + language.code();
        Map<String, Object> hunspellFilter = Map.of("type", "hunspell", "locale", language.hunspell(), "dedup", true);
        Map<String, Object> stopFilter = Map.of("type", "stop", "stopwords", language.stopwords());
        boolean stopWorks = works(custom(List.of("\"lowercase\"", json(stopFilter))));
        if (works(custom(List.of(json(hunspellFilter), "\"lowercase\"")))) {
            Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
            filters.put(hunspell, hunspellFilter);
            if (stopWorks) {
                filters.put(stop, stopFilter);
            }
            // Hunspell runs before lowercase: dictionaries list proper nouns capitalized ("Москва"), and the
            // stemmer already tries the lowercase form of a capitalized word itself.
            List<String> chain = stopWorks ? List.of(hunspell, "lowercase", stop) : List.of(hunspell, "lowercase");
            return new AnalyzerChoice(language.code(), Strategy.HUNSPELL,
                    "hunspell " + language.hunspell() + (stopWorks ? " + stop " + language.stopwords() : ""),
                    Map.of("type", "custom", "tokenizer", "standard", "filter", chain), filters);
        }
        if (stopWorks) {
            return new AnalyzerChoice(language.code(), Strategy.STOPWORDS, "standard + stop " + language.stopwords(),
                    Map.of("type", "custom", "tokenizer", "standard", "filter", List.of("lowercase", stop)),
                    Map.of(stop, stopFilter));
        }
        return new AnalyzerChoice(language.code(), Strategy.STANDARD, "standard",
                Map.of("type", "standard"), Map.of());
    }

    private boolean works(String body) throws IOException {
        try {
            return !client.indices().analyze(AnalyzeRequest.of(b -> b.withJson(new StringReader(body))))
                    .tokens().isEmpty();
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                return false;
            }
            throw e;
        }
    }

    private static String custom(List<String> filters) {
        return "{\"tokenizer\":\"standard\",\"filter\":[" + String.join(",", filters) + "],\"text\":\"Probe\"}";
    }

    private static String json(Map<String, Object> filter) {
        StringBuilder out = new StringBuilder("{");
        filter.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(k).append("\":");
            out.append(v instanceof String s ? "\"" + s + "\"" : String.valueOf(v));
        });
        return out.append('}').toString();
    }
}
