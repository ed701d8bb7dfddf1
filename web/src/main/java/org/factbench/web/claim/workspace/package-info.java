/**
 * The claim workspace: one claim with its appearances, evidence by stance, verdict and review, comments,
 * timeline and possible duplicates, live while others work on it. Only the view, {@link ClaimLink} and the
 * slot extension point ({@link WorkspaceSlot}, {@link WorkspaceSlotContent}) are public.
 */
package org.factbench.web.claim.workspace;
