/**
 * The rating scale verdicts use: names, order and colours from configuration ({@code factbench.verdict.ratings}).
 * Verdict proposals themselves belong to the claim aggregate ({@code core.claim.VerdictProposal}).
 */
package org.factbench.core.verdict;
