package org.factbench.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.factbench.core.user.Role;

/** The new-account form: knows no service, fires {@link CreateEvent}; the view shows refusals on the fields. */
final class NewUserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Select<Role> role = new Select<>();
    final Button create = new Button();

    NewUserForm() {
        addClassName("fb-new-user");
        username.setLabel(getTranslation("admin.users.username"));
        username.setHelperText(getTranslation("admin.users.username.help"));
        displayName.setLabel(getTranslation("admin.users.name"));
        password.setLabel(getTranslation("admin.users.password"));
        password.setHelperText(getTranslation("admin.users.password.help"));
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        role.setValue(Role.CHECKER);
        create.setText(getTranslation("admin.users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> fireEvent(new CreateEvent(this,
                new Draft(username.getValue().strip(), displayName.getValue(), password.getValue(), role.getValue()))));
        add(username, displayName, password, role, create);
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    void clear() {
        username.clear();
        displayName.clear();
        password.clear();
        role.setValue(Role.CHECKER);
        for (var field : java.util.List.of(username, displayName, password)) field.setInvalid(false);
    }

    void showError(String field, String message) {
        var target = switch (field == null ? "" : field) {
            case "displayName" -> displayName;
            case "password" -> password;
            case "role" -> null;
            default -> username;
        };
        if (target == null) {
            role.setErrorMessage(message);
            role.setInvalid(true);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    record Draft(String username, String displayName, String password, Role role) {
        @Override
        public String toString() {
            return "Draft[" + username + ", " + displayName + ", password=***, " + role + "]";
        }
    }

    static final class CreateEvent extends ComponentEvent<NewUserForm> {
        private final Draft draft;

        CreateEvent(NewUserForm source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        Draft draft() {
            return draft;
        }
    }
}
