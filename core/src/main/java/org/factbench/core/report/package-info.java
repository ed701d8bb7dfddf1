/**
 * Published reports: an immutable, versioned snapshot of everything a report shows (claim, appearances,
 * verdict with its scale label and colour, evidence with article metadata and context, verdict history,
 * reviewers). A correction is a new version that says what changed and why; old versions stay readable.
 */
package org.factbench.core.report;
