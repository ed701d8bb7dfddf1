/**
 * Evidence suggestions over Elasticsearch ({@link org.factbench.indexer.suggest.ElasticsearchEvidenceSuggester}):
 * BM25 over paragraph passages boosted by the claim's phrases, names, dates and numbers and by a time window, kNN
 * over the passage vectors, fused by reciprocal rank on the client (the local distribution has no licence for the
 * rrf retriever), spread over articles and outlets, and annotated with agreement signals
 * ({@link org.factbench.indexer.suggest.AgreementSignals}) computed by the same date and number scanners the
 * loader runs on the passages.
 */
package org.factbench.indexer.suggest;
