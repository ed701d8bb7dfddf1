package org.factbench.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factbench.core.admin.UserAdministration;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;

/** Admins create accounts, change roles and disable accounts (never delete: the activity log refers to them). */
@Route("admin/users")
@PageTitle("Users · Factbench")
@Menu(order = 100, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final UserDirectory directory;
    final NewUserForm form = new NewUserForm();
    final Grid<UserSummary> users = new Grid<>();

    UsersView(UserAdministration administration, UserDirectory directory) {
        this.administration = administration;
        this.directory = directory;
        addClassName("fb-users-view");
        users.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.column.username")).setAutoWidth(true);
        users.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.column.name")).setAutoWidth(true);
        users.addComponentColumn(this::roleSelect).setHeader(getTranslation("admin.users.column.role"));
        users.addComponentColumn(this::stateOrDisable).setHeader(getTranslation("admin.users.column.state"));
        users.setAllRowsVisible(true);
        form.addCreateListener(event -> create(event.draft()));
        add(new H2(getTranslation("admin.users.title")), form, users);
        refresh();
    }

    private void create(NewUserForm.Draft draft) {
        try {
            UserSummary created = administration.create(draft.username(), draft.displayName(), draft.password(), draft.role());
            form.clear();
            notice(getTranslation("admin.users.created", created.username()));
            refresh();
        } catch (InvalidInputException e) {
            form.showError(e.field(), e.getMessage());
        }
    }

    private Component roleSelect(UserSummary user) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("admin.users.role.label", user.username()));
        role.setEnabled(user.enabled());
        role.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) return;
            administration.changeRole(user.username(), event.getValue());
            notice(getTranslation("admin.users.role.changed", user.username(), getTranslation("admin.role." + event.getValue().name())));
            refresh();
        });
        return role;
    }

    private Component stateOrDisable(UserSummary user) {
        if (!user.enabled()) return new Span(getTranslation("admin.users.disabled"));
        Button disable = new Button(getTranslation("admin.users.disable"));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        disable.setAriaLabel(getTranslation("admin.users.disable.label", user.username()));
        disable.addClickListener(event -> {
            try {
                administration.disable(user.username());
                refresh();
            } catch (InvalidInputException e) {
                Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return disable;
    }

    private void refresh() {
        users.setItems(directory.all());
    }

    private static void notice(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
