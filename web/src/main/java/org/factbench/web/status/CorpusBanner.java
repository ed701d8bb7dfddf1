package org.factbench.web.status;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/** The layout's "search is unavailable" banner; updated by server push while the page is open. */
public final class CorpusBanner extends Div {

    private final CorpusStatusMonitor monitor;
    private Registration subscription;

    public CorpusBanner(CorpusStatusMonitor monitor) {
        this.monitor = monitor;
        addClassName("fb-banner");
        getElement().setAttribute("role", "alert");
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
        removeAll();
        Span message = new Span(status.message());
        message.addClassName("fb-banner-message");
        Span detail = new Span(status.detail());
        detail.addClassName("fb-banner-detail");
        add(message, detail);
        setVisible(!status.available());
    }
}
