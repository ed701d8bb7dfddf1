package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import co.elastic.clients.elasticsearch._types.analysis.TokenFilter;
import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factbench.indexer.schema.AnalyzerChoice.Strategy;
import org.factbench.indexer.schema.Languages.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses each language's analyzer by asking the cluster what it can do, because distributions differ: a full
 * cluster has {@code english}, {@code russian}, {@code armenian} and {@code turkish}; the local distribution has
 * none of them but runs hunspell when the node's config holds the dictionaries. A probe that the cluster rejects
 * (HTTP 400) means "not available"; anything else (cluster down) is an error for the caller.
 */
final class AnalyzerProbe {

    private static final Logger log = LoggerFactory.getLogger(AnalyzerProbe.class);
    private static final String LOWERCASE = "lowercase";

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
        if (language.builtin() != null && works(a -> a.analyzer(language.builtin().name()))) {
            return new AnalyzerChoice(language.code(), Strategy.BUILTIN,
                    "built-in '" + language.builtin().name() + "'", language.builtin().definition(), Map.of());
        }
        String stopName = "fb_stop_" + language.code();
        TokenFilter stop = TokenFilter.of(f -> f.definition(d -> d.stop(s -> s.stopwords(language.stopwords()))));
        boolean stopWorks = works(custom(List.of(TokenFilter.of(f -> f.name(LOWERCASE)), stop)));
        String stopDescription = stopWorks ? " + stop " + stopWordsName(language) : "";
        Map<String, TokenFilter> filters = new LinkedHashMap<>();
        List<String> chain = new ArrayList<>();
        Strategy strategy = stopWorks ? Strategy.STOPWORDS : Strategy.STANDARD;
        String description = "standard" + stopDescription;
        if (language.hunspell() != null) {
            String hunspellName = "fb_hunspell_" + language.code();
            TokenFilter hunspell = TokenFilter.of(f -> f.definition(d -> d.hunspell(h -> h.locale(language.hunspell())
                    .dedup(true))));
            if (works(custom(List.of(hunspell, TokenFilter.of(f -> f.name(LOWERCASE)))))) {
                filters.put(hunspellName, hunspell);
                // Hunspell runs before lowercase: dictionaries list proper nouns capitalized ("Москва"), and the
                // stemmer already tries the lowercase form of a capitalized word itself.
                chain.add(hunspellName);
                strategy = Strategy.HUNSPELL;
                description = "hunspell " + language.hunspell() + stopDescription;
            }
        }
        if (strategy == Strategy.STANDARD) {
            return new AnalyzerChoice(language.code(), strategy, description,
                    Analyzer.of(a -> a.standard(s -> s)), Map.of());
        }
        chain.add(LOWERCASE);
        if (stopWorks) {
            filters.put(stopName, stop);
            chain.add(stopName);
        }
        if (language.turkic()) {
            description += " (Turkic I/ı, İ/i folded by the indexer)";
        }
        return new AnalyzerChoice(language.code(), strategy, description,
                Analyzer.of(a -> a.custom(c -> c.tokenizer("standard").filter(chain))), filters);
    }

    private static String stopWordsName(Language language) {
        List<String> words = language.stopwords();
        return words.size() == 1 && words.getFirst().startsWith("_") ? words.getFirst() : words.size() + " words";
    }

    private static Function<AnalyzeRequest.Builder, AnalyzeRequest.Builder> custom(List<TokenFilter> filters) {
        return a -> a.tokenizer(t -> t.name("standard")).filter(filters);
    }

    private boolean works(Function<AnalyzeRequest.Builder, AnalyzeRequest.Builder> probe) throws IOException {
        try {
            return !client.indices().analyze(a -> probe.apply(a).text("Probe")).tokens().isEmpty();
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                return false;
            }
            throw e;
        }
    }
}
