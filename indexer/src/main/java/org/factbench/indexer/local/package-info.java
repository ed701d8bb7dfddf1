/**
 * Starts a real Elasticsearch node on this machine from the distribution Maven resolved, when no external
 * cluster is configured. Plain Java (no Spring): the app, the indexer CLI, benchmarks and tests use the same
 * {@link org.factbench.indexer.local.LocalElasticsearch#start(LocalNodeSettings)}.
 * See docs/ELASTICSEARCH.md for where data lives and what each error message means.
 */
package org.factbench.indexer.local;
