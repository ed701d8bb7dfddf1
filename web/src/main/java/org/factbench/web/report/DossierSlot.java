package org.factbench.web.report;

import com.vaadin.flow.component.Component;
import org.factbench.core.collection.CollectionView;
import org.factbench.web.collection.CollectionRowContent;
import org.factbench.web.security.LoggedInUser;

/** Fills each collection row's dossier slot with its downloads. */
@org.springframework.stereotype.Component
class DossierSlot implements CollectionRowContent {

    private final DossierJobs jobs;
    private final ReportExports exports;
    private final LoggedInUser user;

    DossierSlot(DossierJobs jobs, ReportExports exports, LoggedInUser user) {
        this.jobs = jobs;
        this.exports = exports;
        this.user = user;
    }

    @Override
    public Component create(CollectionView collection) {
        return new DossierDownloads(jobs, exports, collection, user.get().orElseThrow().username());
    }
}
