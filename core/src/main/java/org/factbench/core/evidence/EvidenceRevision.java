package org.factbench.core.evidence;

/** A changed stance and note for an existing link, as the edit form submits them. */
public record EvidenceRevision(Stance stance, String note) {
}
