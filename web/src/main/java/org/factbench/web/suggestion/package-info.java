/**
 * Suggested evidence in the claim workspace (the {@code SUGGESTIONS} slot): passages core's
 * {@code SuggestionService} proposes, with agreement badges and why each was suggested; one click links a passage
 * with the stance the checker picks, another dismisses it for this claim for good.
 */
package org.factbench.web.suggestion;
