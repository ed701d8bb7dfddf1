package org.factbench.web.status;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * The layout's "search is unavailable" banner; updated by server push while the page is open. Everyone reads one
 * short sentence; the cause (which may hold lines of the node's log) sits behind "details" for admins only.
 */
public final class CorpusBanner extends Div {

    private final CorpusStatusMonitor monitor;
    private final boolean showDetails;
    final Span message = new Span();
    private final Div detail = new Div();
    final Details details;
    private Registration subscription;

    /** @param showDetails whether this user may see the cause (admins) */
    public CorpusBanner(CorpusStatusMonitor monitor, boolean showDetails) {
        this.monitor = monitor;
        this.showDetails = showDetails;
        addClassName("fb-banner");
        getElement().setAttribute("role", "alert");
        message.addClassName("fb-banner-message");
        detail.addClassName("fb-banner-detail");
        details = new Details(getTranslation("status.details"), detail);
        details.addClassName("fb-banner-details");
        add(message);
        if (showDetails) {
            // Only an admin's page holds the cause at all: hidden is not enough, the text would reach the browser.
            add(details);
        }
        show(monitor.current());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = monitor.subscribe(status -> ui.access(() -> show(status)));
        show(monitor.current());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.remove();
    }

    private void show(CorpusStatus status) {
        message.setText(status.available() ? "" : getTranslation(status.messageKey()));
        detail.setText(showDetails ? status.detail() : "");
        details.setVisible(showDetails && !status.detail().isBlank());
        setVisible(!status.available());
    }
}
