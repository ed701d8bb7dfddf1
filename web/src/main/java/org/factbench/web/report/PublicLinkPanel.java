package org.factbench.web.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.factbench.core.report.PublicReportLinkView;
import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.shared.InvalidInputException;

/** For editors: the report's public links, each to copy or revoke, and a button that creates one. */
final class PublicLinkPanel extends Div {

    private final PublicReportLinks links;
    private final ReportProperties properties;
    private final long claimId;
    final Div list = new Div();
    final Button create = new Button();
    final Paragraph message = new Paragraph();

    PublicLinkPanel(PublicReportLinks links, ReportProperties properties, long claimId) {
        this.links = links;
        this.properties = properties;
        this.claimId = claimId;
        addClassName("fb-public-links");
        create.setText(getTranslation("report.link.create"));
        create.addThemeVariants(ButtonVariant.LUMO_SMALL);
        create.addClickListener(event -> create());
        message.addClassName("fb-meta");
        add(new H4(getTranslation("report.link.title")), list, create, message);
        refresh();
    }

    private void create() {
        try {
            links.create(claimId);
            message.setText("");
        } catch (InvalidInputException e) {
            message.setText(e.getMessage());
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var active = links.forClaim(claimId).stream().filter(PublicReportLinkView::active).toList();
        if (active.isEmpty()) list.add(new Paragraph(getTranslation("report.link.none")));
        for (PublicReportLinkView link : active) {
            String url = properties.publicReport(link.token());
            TextField address = new TextField();
            address.setValue(url);
            address.setReadOnly(true);
            address.setWidthFull();
            address.setAriaLabel(getTranslation("report.link.label"));
            Button copy = new Button(getTranslation("report.link.copy"), event -> {
                address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
                Notification.show(getTranslation("report.link.copied"));
            });
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button revoke = new Button(getTranslation("report.link.revoke"), event -> {
                links.revoke(link.id());
                message.setText(getTranslation("report.link.revoked"));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClassName("fb-revoke");
            Div row = new Div(address, copy, revoke);
            row.addClassName("fb-public-link");
            row.getElement().setAttribute("data-link", Long.toString(link.id()));
            list.add(row);
        }
    }
}
