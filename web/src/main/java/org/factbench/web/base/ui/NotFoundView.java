package org.factbench.web.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a logged-in user sees for an address that leads nowhere: a "not found" page inside the usual frame, with a
 * way back to the start. Vaadin's own error view is open to no role, so the access check answered a bare "access
 * denied" instead. {@code @PermitAll}, not {@code @AnonymousAllowed}: someone logged out still goes to the login
 * page, and learns nothing about which addresses exist.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · Factbench")
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("fb-not-found");
        // The path is the user's own input: shown as text, never as HTML.
        add(new H2(getTranslation("layout.not-found.title")),
                new Paragraph(getTranslation("layout.not-found.body", event.getLocation().getPath())));
        Anchor home = new Anchor("./", getTranslation("layout.not-found.home"));
        home.addClassName("fb-not-found-home");
        add(home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
