package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index schema as the rest of the indexer sees it, one job per collaborator: {@link SchemaTemplates} (the
 * analysis and mapping templates), {@link IndexGenerations} (numbered indices behind aliases),
 * {@link LiveMappings} (growing live mappings), {@link WriteBlocks} and {@link RefreshSuspension}. Nothing here runs
 * as a side effect: the application calls {@link #ensure()} at startup and the CLI before it loads; a rebuild
 * calls {@link #createGeneration(int)} and {@link #switchTo(int)}.
 */
public class SchemaManager {

    private static final Logger log = LoggerFactory.getLogger(SchemaManager.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SchemaTemplates templates;
    private final IndexGenerations generations;
    private final LiveMappings mappings;
    private final WriteBlocks writeBlocks;

    public SchemaManager(ElasticsearchClient client, IndexNames names, SchemaSettings settings) {
        this.client = client;
        this.names = names;
        this.templates = new SchemaTemplates(client, names, settings);
        this.generations = new IndexGenerations(client, names);
        this.mappings = new LiveMappings(client);
        this.writeBlocks = new WriteBlocks(client);
    }

    public IndexNames names() {
        return names;
    }

    /**
     * Makes the schema usable: (re)writes the templates with the analyzers this cluster offers, creates the first
     * generation of any missing index with its alias, and adds new fields to the mappings of live indices.
     */
    public SchemaStatus ensure() {
        return io("setting up the indices", () -> {
            Map<String, AnalyzerChoice> analyzers = templates.put();
            List<String> created = new ArrayList<>();
            Map<Kind, String> indices = new EnumMap<>(Kind.class);
            TreeSet<String> stale = new TreeSet<>();
            for (Kind kind : Kind.values()) {
                String alias = names.alias(kind);
                String index = generations.indexBehind(alias);
                if (index == null) {
                    index = names.index(kind, Math.max(1, generations.highest()));
                    generations.create(index, alias);
                    created.add(index);
                    log.info("Created index {} behind alias {}", index, alias);
                } else {
                    mappings.addNewFields(kind, index, analyzers);
                    stale.addAll(mappings.staleLanguages(index, analyzers));
                }
                indices.put(kind, index);
            }
            if (!stale.isEmpty()) {
                log.warn("The cluster now analyzes {} differently from the live indices (or they lack the language); "
                        + "run `factbench-indexer rebuild` to use it", stale);
            }
            return new SchemaStatus(indices, analyzers, created, List.copyOf(stale));
        });
    }

    /** Creates every index of generation {@code generation} from the current templates, without aliases. */
    public Map<Kind, String> createGeneration(int generation) {
        return io("creating generation " + generation, () -> {
            templates.put();
            Map<Kind, String> created = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                String index = names.index(kind, generation);
                generations.create(index, null);
                created.put(kind, index);
            }
            return created;
        });
    }

    /** One more than the highest generation number in use by any kind. */
    public int nextGeneration() {
        return io("reading the index generations", () -> generations.highest() + 1);
    }

    /** The concrete index behind each alias. */
    public Map<Kind, String> liveIndices() {
        return io("reading the aliases", generations::live);
    }

    /** Points every alias at generation {@code generation} in one atomic cluster-state update. */
    public void switchTo(int generation) {
        io("switching the aliases", () -> {
            generations.switchTo(generation);
            return null;
        });
    }

    /** Deletes the given concrete indices; refuses an index that an alias still points at. */
    public void deleteIndices(List<String> indices) {
        io("deleting " + indices, () -> {
            generations.delete(indices);
            return null;
        });
    }

    /** Blocks or unblocks writes, so nothing is written to indices that a rebuild is copying. */
    public void setWriteBlock(List<String> indices, boolean blocked) {
        io("setting the write block of " + indices, () -> {
            writeBlocks.set(indices, blocked);
            return null;
        });
    }

    /** Turns periodic refresh off on the article and passage indices for a big load (see {@link RefreshSuspension}). */
    public RefreshSuspension suspendRefresh() {
        return suspendRefresh(List.of(names.articles(), names.articleVersions(), names.passages()));
    }

    /** As {@link #suspendRefresh()}, for the given indices or aliases (e.g. the new indices of a rebuild). */
    public RefreshSuspension suspendRefresh(List<String> aliases) {
        return io("suspending refresh", () -> RefreshSuspension.suspend(client, aliases));
    }

    /** The mapping metadata of the live index of {@code kind}: schema version and analyzer descriptions. */
    public Map<String, Object> liveMeta(Kind kind) {
        return io("reading the mapping of " + names.alias(kind), () -> mappings.meta(names.alias(kind)));
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T io(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer while " + what, e);
        }
    }
}
