/**
 * Evidence suggestions: passages of the corpus likely to support or refute a claim, ranked by a port the corpus
 * store implements ({@link org.factbench.core.suggestion.EvidenceSuggester}: lexical and semantic retrieval fused),
 * each with the facts it shares with the claim or states differently (agreement signals, not verdicts), minus
 * what the checkers dismissed for that claim and what is already linked.
 */
package org.factbench.core.suggestion;
