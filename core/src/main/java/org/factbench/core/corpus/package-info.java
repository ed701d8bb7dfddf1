/**
 * The port through which core reaches the article corpus. Core defines what it needs; the indexer
 * module implements it on Elasticsearch. Core never imports the Elasticsearch client.
 */
package org.factbench.core.corpus;
