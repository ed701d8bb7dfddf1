/**
 * The review workflow as application services: research, verdict proposal, changes requested, publication
 * under the four-eyes rule, rejection and reopening. The rules themselves are in {@code core.claim.Claim}.
 */
package org.factbench.core.review;
