package org.factbench.web.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import org.factbench.web.search.SearchView;
import org.factbench.web.security.LoggedInUser;
import org.factbench.web.status.CorpusBanner;
import org.factbench.web.status.CorpusStatusMonitor;

/** The frame around every view: navigation, who is logged in, and the Elasticsearch banner. */
@PermitAll
public class MainLayout extends AppLayout {

    private final Div content = new Div();

    public MainLayout(LoggedInUser loggedInUser, CorpusStatusMonitor corpusStatus) {
        Span brand = new Span("Factbench");
        brand.addClassName("fb-brand");
        Div user = new Div();
        user.addClassName("fb-user");
        loggedInUser.get().ifPresent(summary -> user.add(
                new Span(summary.displayName()), new Span(" · " + capitalized(summary.role().name()))));
        Button logout = new Button("Log out", event -> loggedInUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addToNavbar(new DrawerToggle(), brand, user, logout);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        addToDrawer(nav);

        content.addClassName("fb-content");
        setContent(new Div(new CorpusBanner(corpusStatus), content));
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
