package org.factbench.web.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.factbench.core.report.ReportService;
import org.factbench.core.shared.event.ClaimStateChanged;
import org.factbench.web.claim.workspace.WorkspaceSlot;
import org.factbench.web.claim.workspace.WorkspaceSlotContent;
import org.factbench.web.live.ClaimBroadcaster;


/**
 * Fills the workspace's report slot: the report page, the downloads of the newest version and, for editors, the
 * public links. Shown again when the claim is published (or corrected) while the workspace is open.
 */
@org.springframework.stereotype.Component
class ReportSlot implements WorkspaceSlotContent {

    private final ReportDownloadsFactory factory;
    private final ReportService reports;
    private final ClaimBroadcaster broadcaster;

    ReportSlot(ReportDownloadsFactory factory, ReportService reports, ClaimBroadcaster broadcaster) {
        this.factory = factory;
        this.reports = reports;
        this.broadcaster = broadcaster;
    }

    @Override
    public WorkspaceSlot slot() {
        return WorkspaceSlot.REPORT;
    }

    @Override
    public Component create(long claimId) {
        return new Panel(claimId);
    }

    /** The slot's content for one open workspace. */
    final class Panel extends Div {

        private final long claimId;
        private Registration live;
        ClaimDownloads downloads;
        PublicLinkPanel links;

        Panel(long claimId) {
            this.claimId = claimId;
            addClassName("fb-report-slot");
            show();
        }

        void show() {
            removeAll();
            downloads = null;
            links = null;
            add(new H3(getTranslation("report.download.title")));
            var history = reports.history(claimId);
            if (history.isEmpty()) {
                add(new Paragraph(getTranslation("report.download.none")));
                return;
            }
            Anchor page = new Anchor(new ReportLink(claimId).href(), getTranslation("report.download.page"));
            page.getElement().setAttribute("router-link", true);
            page.addClassName("fb-report-page-link");
            downloads = factory.create(claimId, history.getLast().versionNo());
            add(page, downloads);
            if (factory.editor()) {
                links = factory.publicLinks(claimId);
                add(links);
            }
        }

        @Override
        protected void onAttach(AttachEvent event) {
            var ui = event.getUI();
            live = broadcaster.subscribe(claimId, changed -> {
                if (changed instanceof ClaimStateChanged) ui.access(this::show);
            });
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (live != null) live.remove();
            live = null;
        }
    }
}
