package org.factbench.indexer.schema;

/**
 * Index settings that depend on the cluster.
 *
 * @param shards             primary shards per index
 * @param autoExpandReplicas e.g. "0-1": no replica on a single node, one as soon as a second node joins
 */
public record SchemaSettings(int shards, String autoExpandReplicas) {

    public static final SchemaSettings DEFAULT = new SchemaSettings(1, "0-1");

    public SchemaSettings {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1");
        }
        if (autoExpandReplicas == null || autoExpandReplicas.isBlank()) {
            autoExpandReplicas = "0-1";
        }
    }
}
