package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.factbench.indexer.client.OneBufferTransport;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owns the index schema: the analysis component template, one composable index template per kind, the numbered
 * index generations and the aliases in front of them. Nothing here runs as a side effect: the application calls
 * {@link #ensure()} at startup and the CLI before it loads; a rebuild calls {@link #createGeneration(int)} and
 * {@link #switchTo(int)}.
 */
public class SchemaManager {

    private static final Logger log = LoggerFactory.getLogger(SchemaManager.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SchemaSettings settings;

    public SchemaManager(ElasticsearchClient client, IndexNames names, SchemaSettings settings) {
        this.client = client;
        this.names = names;
        this.settings = settings;
    }

    public IndexNames names() {
        return names;
    }

    /**
     * Makes the schema usable: (re)writes the templates with the analyzers this cluster offers, creates the first
     * generation of any missing index with its alias, and adds new fields to the mappings of live indices.
     */
    public SchemaStatus ensure() {
        try {
            Map<String, AnalyzerChoice> analyzers = putTemplates();
            List<String> created = new ArrayList<>();
            Map<Kind, String> indices = new EnumMap<>(Kind.class);
            List<String> stale = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                String alias = names.alias(kind);
                String index = indexBehind(alias);
                if (index == null) {
                    index = names.index(kind, Math.max(1, highestGeneration()));
                    createIndex(index, alias);
                    created.add(index);
                    log.info("Created index {} behind alias {}", index, alias);
                } else {
                    addNewFields(kind, alias, analyzers);
                    stale.addAll(staleLanguages(index, analyzers));
                }
                indices.put(kind, index);
            }
            List<String> staleLanguages = List.copyOf(new TreeSet<>(stale));
            if (!staleLanguages.isEmpty()) {
                log.warn("The cluster now analyzes {} differently from the live indices; run a rebuild to use it",
                        staleLanguages);
            }
            return new SchemaStatus(indices, analyzers, created, staleLanguages);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer while setting up the indices", e);
        }
    }

    /** Creates every index of generation {@code generation} from the current templates, without aliases. */
    public Map<Kind, String> createGeneration(int generation) {
        try {
            putTemplates();
            Map<Kind, String> created = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                String index = names.index(kind, generation);
                createIndex(index, null);
                created.put(kind, index);
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer while creating generation " + generation, e);
        }
    }

    /** One more than the highest generation number in use by any kind. */
    public int nextGeneration() {
        try {
            return highestGeneration() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concrete index behind each alias. */
    public Map<Kind, String> liveIndices() {
        try {
            Map<Kind, String> live = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                String index = indexBehind(names.alias(kind));
                if (index == null) {
                    throw new SchemaException("Alias '" + names.alias(kind) + "' does not exist: set up the indices first");
                }
                live.put(kind, index);
            }
            return live;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points every alias at generation {@code generation} in one atomic cluster-state update. */
    public void switchTo(int generation) {
        try {
            List<Action> actions = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                String alias = names.alias(kind);
                String current = indexBehind(alias);
                String target = names.index(kind, generation);
                if (current != null && !current.equals(target)) {
                    actions.add(Action.of(a -> a.remove(r -> r.index(current).alias(alias))));
                }
                actions.add(Action.of(a -> a.add(x -> x.index(target).alias(alias).isWriteIndex(true))));
            }
            client.indices().updateAliases(u -> u.actions(actions));
            log.info("Aliases now point at generation {}", generation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the given concrete indices; refuses an index that an alias still points at. */
    public void deleteIndices(List<String> indices) {
        if (indices.isEmpty()) {
            return;
        }
        try {
            for (String index : indices) {
                var aliases = client.indices().getAlias(g -> g.index(index)).aliases().get(index);
                if (aliases != null && !aliases.aliases().isEmpty()) {
                    throw new SchemaException("Index " + index + " is still behind alias " + aliases.aliases().keySet());
                }
            }
            client.indices().delete(d -> d.index(indices));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks or unblocks writes, so nothing is written to indices that a rebuild is copying. */
    public void setWriteBlock(List<String> indices, boolean blocked) {
        try {
            client.indices().putSettings(p -> p.index(indices)
                    .withJson(new StringReader("{\"index\":{\"blocks\":{\"write\":" + blocked + "}}}")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns periodic refresh off on the article and passage indices for a big load and gives back a handle that
     * restores what was there before. Loads are still atomic per article: nothing becomes searchable before the
     * final refresh, and failed articles are cleaned up before it.
     */
    public RefreshSuspension suspendRefresh() {
        return suspendRefresh(List.of(names.articles(), names.articleVersions(), names.passages()));
    }

    /** As {@link #suspendRefresh()}, for the given indices or aliases (e.g. the new indices of a rebuild). */
    public RefreshSuspension suspendRefresh(List<String> aliases) {
        Map<String, Time> before = new LinkedHashMap<>();
        try {
            // One request each way: every settings update is a cluster-state change, which costs a busy node time.
            var response = client.indices().getSettings(g -> g.index(aliases));
            response.settings().forEach((index, state) -> {
                IndexSettings s = state.settings();
                Time interval = s == null ? null
                        : s.index() != null ? s.index().refreshInterval() : s.refreshInterval();
                before.put(index, interval);
            });
            putRefresh(new ArrayList<>(before.keySet()), "\"-1\"");
            return new RefreshSuspension(this, before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void restoreRefresh(Map<String, Time> before) throws IOException {
        Map<String, List<String>> indicesByValue = new LinkedHashMap<>();
        before.forEach((index, interval) -> indicesByValue.computeIfAbsent(
                interval == null || interval.time() == null ? "null" : "\"" + interval.time() + "\"",
                value -> new ArrayList<>()).add(index));
        for (Map.Entry<String, List<String>> entry : indicesByValue.entrySet()) {
            putRefresh(entry.getValue(), entry.getKey());
        }
        client.indices().refresh(r -> r.index(new ArrayList<>(before.keySet())));
    }

    private void putRefresh(List<String> indices, String jsonValue) throws IOException {
        String body = "{\"index\":{\"refresh_interval\":" + jsonValue + "}}";
        if (client._transport() instanceof OneBufferTransport transport) {
            // Through the low-level client: the typed request cannot carry null, which resets to the default
            // (and keeps the default's "search idle" behaviour, which an explicit "1s" would switch off).
            Request request = new Request("PUT", "/" + String.join(",", indices) + "/_settings");
            request.setJsonEntity(body);
            transport.restClient().performRequest(request);
        } else {
            String typed = "null".equals(jsonValue) ? "{\"index\":{\"refresh_interval\":\"1s\"}}" : body;
            client.indices().putSettings(p -> p.index(indices).withJson(new StringReader(typed)));
        }
    }

    /** The mapping metadata of the live index of {@code kind}: schema version and analyzer descriptions. */
    public Map<String, Object> liveMeta(Kind kind) {
        try {
            String alias = names.alias(kind);
            var mappings = client.indices().getMapping(g -> g.index(alias)).mappings();
            Map<String, Object> meta = new LinkedHashMap<>();
            mappings.values().stream().findFirst()
                    .map(m -> m.mappings().meta())
                    .ifPresent(m -> m.forEach((k, v) -> meta.put(k, v.to(Object.class))));
            return meta;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, AnalyzerChoice> putTemplates() throws IOException {
        Map<String, AnalyzerChoice> analyzers = new AnalyzerProbe(client).chooseAll();
        Map<String, Object> analyzerDefs = new LinkedHashMap<>();
        Map<String, Object> filterDefs = new LinkedHashMap<>();
        analyzers.values().forEach(choice -> {
            analyzerDefs.put("fb_" + choice.language(), choice.definition());
            filterDefs.putAll(choice.filters());
        });
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("analyzer", analyzerDefs);
        if (!filterDefs.isEmpty()) {
            analysis.put("filter", filterDefs);
        }
        Map<String, Object> indexSettings = new LinkedHashMap<>();
        indexSettings.put("number_of_shards", settings.shards());
        indexSettings.put("auto_expand_replicas", settings.autoExpandReplicas());
        indexSettings.put("analysis", analysis);
        String component = JSON.writeValueAsString(Map.of("template", Map.of("settings", Map.of("index", indexSettings)),
                "_meta", Map.of("managedBy", "factbench")));
        client.cluster().putComponentTemplate(c -> c.name(names.analysisComponent())
                .withJson(new StringReader(component)));
        for (Kind kind : Kind.values()) {
            Map<String, Object> template = new LinkedHashMap<>();
            template.put("index_patterns", List.of(names.indexPattern(kind)));
            template.put("composed_of", List.of(names.analysisComponent()));
            template.put("priority", 200);
            template.put("template", Map.of("mappings", Mappings.of(kind, analyzers)));
            template.put("_meta", Map.of("managedBy", "factbench", "schemaVersion", Mappings.SCHEMA_VERSION));
            String body = JSON.writeValueAsString(template);
            client.indices().putIndexTemplate(t -> t.name(names.template(kind)).withJson(new StringReader(body)));
        }
        return analyzers;
    }

    private void createIndex(String index, String alias) throws IOException {
        client.indices().create(c -> {
            c.index(index);
            if (alias != null) {
                c.aliases(alias, a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    private void addNewFields(Kind kind, String alias, Map<String, AnalyzerChoice> analyzers) throws IOException {
        Map<String, Object> mapping = new LinkedHashMap<>(Mappings.of(kind, analyzers));
        // Only fields: the live _meta describes the analyzers the index was created with and must stay true.
        mapping.remove("_meta");
        String body = JSON.writeValueAsString(mapping);
        try {
            client.indices().putMapping(p -> p.index(alias).withJson(new StringReader(body)));
        } catch (ElasticsearchException e) {
            throw new SchemaException("The mapping of '" + alias + "' cannot take the current schema ("
                    + e.getMessage() + "); run `factbench-indexer rebuild` to create new indices", e);
        }
    }

    private List<String> staleLanguages(String index, Map<String, AnalyzerChoice> analyzers) throws IOException {
        var record = client.indices().getMapping(g -> g.index(index)).mappings().get(index);
        if (record == null || record.mappings().meta() == null) {
            return List.of();
        }
        JsonData described = record.mappings().meta().get("analyzers");
        if (described == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> live = described.to(Map.class);
        List<String> stale = new ArrayList<>();
        analyzers.forEach((code, choice) -> {
            if (!Objects.equals(live.get(code), choice.description())) {
                stale.add(code);
            }
        });
        return stale;
    }

    private String indexBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return null;
        }
        var found = client.indices().getAlias(g -> g.name(alias)).aliases();
        if (found.size() != 1) {
            throw new SchemaException("Alias '" + alias + "' points at " + found.keySet() + "; expected one index");
        }
        return found.keySet().iterator().next();
    }

    private int highestGeneration() throws IOException {
        int highest = 0;
        for (Kind kind : Kind.values()) {
            var indices = client.indices().get(g -> g.index(names.indexPattern(kind)).allowNoIndices(true)
                    .ignoreUnavailable(true)).indices().keySet();
            for (String index : indices) {
                highest = Math.max(highest, names.generationOf(kind, index));
            }
        }
        return highest;
    }
}
