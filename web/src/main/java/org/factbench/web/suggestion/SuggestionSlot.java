package org.factbench.web.suggestion;

import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.suggestion.SuggestionService;
import org.factbench.web.claim.workspace.WorkspaceSlot;
import org.factbench.web.claim.workspace.WorkspaceSlotContent;

/** Fills the workspace's suggestions slot with a {@link SuggestionPanel} for the opened claim. */
@org.springframework.stereotype.Component
class SuggestionSlot implements WorkspaceSlotContent {

    private final SuggestionService suggestions;
    private final EvidenceService evidence;

    SuggestionSlot(SuggestionService suggestions, EvidenceService evidence) {
        this.suggestions = suggestions;
        this.evidence = evidence;
    }

    @Override
    public WorkspaceSlot slot() {
        return WorkspaceSlot.SUGGESTIONS;
    }

    @Override
    public com.vaadin.flow.component.Component create(long claimId) {
        return new SuggestionPanel(claimId, suggestions, evidence);
    }
}
