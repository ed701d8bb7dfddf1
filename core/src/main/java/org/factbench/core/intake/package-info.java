/**
 * Editors add articles to the corpus from the browser: uploaded files or a pasted text, through the indexer's own
 * pipeline (same formats, same per-file report). Core defines the port {@link CorpusIntake}; the indexer
 * implements it.
 */
package org.factbench.core.intake;
