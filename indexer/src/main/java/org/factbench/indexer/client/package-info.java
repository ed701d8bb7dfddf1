/**
 * How Factbench reaches Elasticsearch: connection settings ({@code factbench.elasticsearch.*}, with short
 * environment variables), the client factory used with and without Spring, and the Spring wiring that starts a
 * local node when no external cluster is configured.
 */
package org.factbench.indexer.client;
