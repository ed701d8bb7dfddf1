/**
 * Report formats, all generated from one published snapshot ({@code core.report.PublishedReport}) through one
 * model ({@link org.factbench.web.report.ReportModel}): the in-app page {@code report/<claimId>/<version>}, the
 * public page behind an unguessable link, PDF (from the same HTML), Markdown, schema.org ClaimReview JSON-LD,
 * W3C Web Annotations of the evidence, and per collection a dossier (PDF, Markdown) and a CSV.
 * Untrusted text (claims, articles, notes) only ever enters a format through that format's escaper.
 */
package org.factbench.web.report;
