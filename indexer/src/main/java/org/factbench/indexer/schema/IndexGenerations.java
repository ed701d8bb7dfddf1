package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered index generations ({@code passages-000002}) and the aliases in front of them: readers and writers
 * use only the aliases, so a rebuild switches all kinds at once.
 */
final class IndexGenerations {

    private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);

    private final ElasticsearchClient client;
    private final IndexNames names;

    IndexGenerations(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Creates {@code index} from the templates, behind {@code alias} as its write index unless alias is null. */
    void create(String index, String alias) throws IOException {
        client.indices().create(c -> {
            c.index(index);
            if (alias != null) {
                c.aliases(alias, a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    /** The concrete index behind {@code alias}, or null when the alias does not exist. */
    String indexBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return null;
        }
        var found = client.indices().getAlias(g -> g.name(alias)).aliases();
        if (found.size() != 1) {
            throw new SchemaException("Alias '" + alias + "' points at " + found.keySet() + "; expected one index");
        }
        return found.keySet().iterator().next();
    }

    Map<Kind, String> live() throws IOException {
        Map<Kind, String> live = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String index = indexBehind(names.alias(kind));
            if (index == null) {
                throw new SchemaException("Alias '" + names.alias(kind) + "' does not exist: set up the indices first");
            }
            live.put(kind, index);
        }
        return live;
    }

    int highest() throws IOException {
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

    /** Points every alias at generation {@code generation} in one atomic cluster-state update. */
    void switchTo(int generation) throws IOException {
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
    }

    /** Deletes the given concrete indices; refuses an index that an alias still points at. */
    void delete(List<String> indices) throws IOException {
        if (indices.isEmpty()) {
            return;
        }
        for (String index : indices) {
            var aliases = client.indices().getAlias(g -> g.index(index)).aliases().get(index);
            if (aliases != null && !aliases.aliases().isEmpty()) {
                throw new SchemaException("Index " + index + " is still behind alias " + aliases.aliases().keySet());
            }
        }
        client.indices().delete(d -> d.index(indices));
    }
}
