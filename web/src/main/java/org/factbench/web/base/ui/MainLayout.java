package org.factbench.web.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.factbench.core.user.Role;
import org.factbench.web.live.NotificationBell;
import org.factbench.web.security.LoggedInUser;
import org.factbench.web.status.CorpusBanner;
import org.factbench.web.status.CorpusStatusMonitor;

/**
 * The frame around every view: navigation, who is logged in, their notifications, and the Elasticsearch banner. The menu is built
 * from the {@code @Menu} annotations of the views this user may open, so the layout imports no view and a new
 * screen appears in the menu by annotating its view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Div content = new Div();

    public MainLayout(LoggedInUser loggedInUser, CorpusStatusMonitor corpusStatus, NotificationBell notifications) {
        Span brand = new Span(getTranslation("layout.brand"));
        brand.addClassName("fb-brand");
        Div user = new Div();
        user.addClassName("fb-user");
        loggedInUser.get().ifPresent(summary -> user.add(
                new Span(summary.displayName()), new Span(" · " + capitalized(summary.role().name()))));
        Button logout = new Button(getTranslation("layout.logout"), event -> loggedInUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addToNavbar(new DrawerToggle(), brand, user, notifications, logout);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(nav);

        content.addClassName("fb-content");
        boolean admin = loggedInUser.get().map(summary -> summary.role() == Role.ADMIN).orElse(false);
        setContent(new Div(new CorpusBanner(corpusStatus, admin), content));
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

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
