package org.factbench.web.claim.workspace;

/**
 * A stance's heading in the evidence list, e.g. "Supports (2)", as the template reads it. Public only because Flow
 * serializes renderer properties by reflection, which cannot reach a type that is not.
 */
public record EvidenceHeading(String stance, String text) {
}
