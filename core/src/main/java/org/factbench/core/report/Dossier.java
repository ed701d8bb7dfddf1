package org.factbench.core.report;

import java.util.List;
import org.factbench.core.collection.CollectionView;

/** A collection's published reports, for the dossier report. */
public record Dossier(CollectionView collection, List<PublishedReport> reports) {

    public Dossier {
        reports = List.copyOf(reports);
    }
}
