package org.factbench.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.select.Select;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDirectory directory;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_an_account_changes_its_role_and_disables_it() {
        UsersView view = navigate(UsersView.class);
        String username = "reviewer" + System.nanoTime() % 100_000;
        test(view.form.username).setValue(username);
        test(view.form.displayName).setValue("Rena Reviewer <b>bold</b>");
        test(view.form.password).setValue("a-long-password-1");
        test(view.form.create).click();

        UserSummary created = directory.find(username).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.CHECKER);
        int row = rowOf(view, username);
        assertThat(test(view.users).getCellText(row, 1)).isEqualTo("Rena Reviewer <b>bold</b>");

        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) test(view.users).getCellComponent(row, 2);
        test(role).selectItem("Editor");
        assertThat(directory.find(username).orElseThrow().role()).isEqualTo(Role.EDITOR);

        test((com.vaadin.flow.component.button.Button) test(view.users).getCellComponent(rowOf(view, username), 3)).click();
        assertThat(directory.find(username).orElseThrow().enabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void a_short_password_is_refused_on_its_field_and_the_form_keeps_the_input() {
        UsersView view = navigate(UsersView.class);
        test(view.form.username).setValue("shortpw");
        test(view.form.displayName).setValue("Short Password");
        test(view.form.password).setValue("short");
        test(view.form.create).click();

        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).contains("at least 10 characters");
        assertThat(view.form.username.getValue()).isEqualTo("shortpw");
        assertThat(directory.find("shortpw")).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_users_screen() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private int rowOf(UsersView view, String username) {
        for (int row = 0; row < test(view.users).size(); row++) {
            if (test(view.users).getCellText(row, 0).equals(username)) return row;
        }
        throw new AssertionError(username + " not in the grid");
    }
}
