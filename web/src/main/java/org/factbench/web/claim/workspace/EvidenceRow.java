package org.factbench.web.claim.workspace;

import java.util.ArrayList;
import java.util.List;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;

/** One row of the evidence list: a stance's heading, or one linked passage under it. */
sealed interface EvidenceRow {

    record Heading(Stance stance, int count) implements EvidenceRow {
    }

    record Card(EvidenceView link) implements EvidenceRow {
    }

    /** Supports, refutes, context, each under its heading in the order linked; stances without links left out. */
    static List<EvidenceRow> grouped(List<EvidenceView> evidence) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            List<EvidenceView> ofStance = evidence.stream().filter(e -> e.stance() == stance).toList();
            if (ofStance.isEmpty()) continue;
            rows.add(new Heading(stance, ofStance.size()));
            ofStance.forEach(link -> rows.add(new Card(link)));
        }
        return rows;
    }
}
