package org.factbench.web.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.factbench.web.demo.DemoAccounts;

/** The login page. The demo credentials appear only when the demo profile is active. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Factbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(Optional<DemoAccounts> demo) {
        addClassName("fb-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Factbench"), form);
        demo.ifPresent(accounts -> add(demoHint(accounts)));
    }

    private static Div demoHint(DemoAccounts accounts) {
        Div hint = new Div(new Paragraph("Demo users (user name / password):"));
        hint.addClassName("fb-demo-credentials");
        accounts.all().forEach(account -> hint.add(new Paragraph(
                account.username() + " / " + account.password() + " — " + account.role().name().toLowerCase())));
        return hint;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
