/**
 * Linking evidence in the browser: the evidence finder in the claim workspace (passage search inside a claim,
 * one passage per hit, each opening the reader for the claim) and the reader's claim companion (the claim's
 * evidence highlighted by stance, and a selected span linked through core's {@code EvidenceService}).
 */
package org.factbench.web.evidence;
