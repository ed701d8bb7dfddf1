/**
 * The claim aggregate: what was said, by whom, where and when, and its way through the review workflow.
 * The workflow is a state machine inside {@link org.factbench.core.claim.Claim}; services only load, call
 * the aggregate, record the change and publish the event.
 */
package org.factbench.core.claim;
