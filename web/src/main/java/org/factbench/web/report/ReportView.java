package org.factbench.web.report;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.core.shared.NotFoundException;
import org.factbench.web.claim.workspace.ClaimLink;

/**
 * A published report, read-only, at {@code report/<claimId>} (newest version) or {@code report/<claimId>/<version>}.
 * The report itself is the same escaped HTML as the public page and the PDF (one template), shown inside the app
 * with the versions and the downloads around it.
 */
@Route("report/:" + ReportView.CLAIM_ID + "([0-9]{1,18})/:" + ReportView.VERSION + "?([0-9]{1,6})")
@PermitAll
public class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLAIM_ID = "claimId";
    static final String VERSION = "version";

    private final Reports reports;
    private final ReportDownloadsFactory downloads;
    final Div versions = new Div();
    final Div report = new Div();
    final Paragraph missing = new Paragraph();
    Div toolbar = new Div();
    ReportModel model;

    ReportView(Reports reports, ReportDownloadsFactory downloads) {
        this.reports = reports;
        this.downloads = downloads;
        addClassName("fb-report-view");
        missing.addClassName("fb-error");
        missing.setVisible(false);
        versions.addClassName("fb-report-versions");
        getStyle().set("padding", "0 1.5em 2em");
        report.addClassName("fb-report-page");
        add(missing, toolbar, versions, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long claimId = event.getRouteParameters().getLong(CLAIM_ID).orElseThrow();
        Integer version = event.getRouteParameters().getInteger(VERSION).orElse(null);
        try {
            model = reports.model(claimId, version);
        } catch (NotFoundException e) {
            model = null;
            missing.setText(getTranslation("report.page.missing"));
            missing.setVisible(true);
            toolbar.removeAll();
            versions.removeAll();
            report.removeAll();
            toolbar.add(new ClaimLink(claimId).routerLink(getTranslation("report.page.back")));
            return;
        }
        missing.setVisible(false);
        show();
    }

    private void show() {
        long claimId = model.report().claimId();
        Div bar = new Div(new ClaimLink(claimId).routerLink(getTranslation("report.page.back")),
                downloads.create(claimId, model.report().version()));
        bar.addClassName("fb-report-toolbar");
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1.5em").set("padding", "0.5em 0");
        replace(toolbar, bar);
        toolbar = bar;
        versions.removeAll();
        versions.add(new Span(getTranslation("report.page.versions") + " "));
        for (ReportVersionSummary v : model.report().versions()) {
            if (v.versionNo() == model.report().version()) {
                Span current = new Span(getTranslation("report.page.version", v.versionNo()));
                current.addClassName("fb-current-version");
                versions.add(current);
            } else {
                Anchor other = new Anchor(new ReportLink(claimId, v.versionNo()).href(), getTranslation("report.page.version", v.versionNo()));
                other.getElement().setAttribute("router-link", true);
                versions.add(other);
            }
            versions.add(new Span(" "));
        }
        report.removeAll();
        // The article is built by ReportHtml, where every value is escaped; Html takes one root element.
        report.add(new Html("<div class=\"fb-report-frame\"><style>" + ReportStyle.inApp() + "</style>"
                + reports.htmlArticle(model) + "</div>"));
    }

    @Override
    public String getPageTitle() {
        return model == null ? getTranslation("report.page.missing")
                : getTranslation("report.page.title", ReportHtml.abbreviated(model.report().claim().statement()));
    }
}
