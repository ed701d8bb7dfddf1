package org.factbench.web.evidence;

import com.vaadin.flow.component.Component;
import org.factbench.web.claim.workspace.WorkspaceSlot;
import org.factbench.web.claim.workspace.WorkspaceSlotContent;
import org.factbench.web.search.PassageSearch;
import org.factbench.web.status.CorpusStatusMonitor;
import org.springframework.stereotype.Service;

/** Puts an {@link EvidenceFinder} above the evidence of every claim workspace. */
@Service
class EvidenceFinderSlot implements WorkspaceSlotContent {

    private final PassageSearch search;
    private final CorpusStatusMonitor status;

    EvidenceFinderSlot(PassageSearch search, CorpusStatusMonitor status) {
        this.search = search;
        this.status = status;
    }

    @Override
    public WorkspaceSlot slot() {
        return WorkspaceSlot.FINDER;
    }

    @Override
    public Component create(long claimId) {
        return new EvidenceFinder(claimId, search, status);
    }
}
