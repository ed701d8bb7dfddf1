package org.factbench.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("editor")
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("Newsroom CMS");
        test(view.create).click();

        TextField secret = find(TextField.class).withClassName("fb-api-token-secret").single();
        assertThat(secret.getValue()).startsWith("fbt_");
        assertThat(tokens.authenticate(secret.getValue())).hasValue("editor");
        assertThat(test(view.list).size()).isPositive();

        Button revoke = (Button) test(view.list).getCellComponent(0, 4);
        test(revoke).click();

        assertThat(tokens.authenticate(secret.getValue())).isEmpty();
        assertThat(view.issued.isVisible()).isFalse();
    }

    @Test
    void a_nameless_token_is_refused_in_the_field() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("  ");
        test(view.create).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("Name the token");
    }
}
