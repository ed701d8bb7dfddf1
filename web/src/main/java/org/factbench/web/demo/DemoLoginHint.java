package org.factbench.web.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.factbench.web.security.LoginHint;
import org.springframework.context.annotation.Profile;

/** The demo credentials on the login page: only in the demo profile, like the accounts themselves. */
@org.springframework.stereotype.Component
@Profile(DemoAccounts.PROFILE)
public class DemoLoginHint implements LoginHint {

    private final DemoAccounts accounts;

    public DemoLoginHint(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div hint = new Div(new Paragraph("Demo users (user name / password):"));
        hint.addClassName("fb-demo-credentials");
        accounts.all().forEach(account -> hint.add(new Paragraph(
                account.username() + " / " + account.password() + " — " + account.role().name().toLowerCase())));
        return hint;
    }
}
