/**
 * Semantic enrichment of the corpus: an in-process sentence-embedding model ({@link
 * org.factbench.indexer.embed.BgeSmallEmbedder}, bge-small-en-v1.5 int8 through LangChain4j's ONNX runtime, from
 * a Maven Central jar, offline) and the embed stage ({@link org.factbench.indexer.embed.EmbeddingStage}), which
 * gives every paragraph passage a vector after the lexical load, in its own pass, resumable: a passage is marked by
 * the model that embedded it, so a stopped pass goes on where it stopped.
 */
package org.factbench.indexer.embed;
