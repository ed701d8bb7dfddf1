package org.factbench.web.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
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
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> refused = query.getSingleParameter(LoginThrottleFilter.REFUSED);
        LoginI18n texts = LoginI18n.createDefault();
        if (refused.isPresent()) {
            // Says which limit was hit and for how long: a refusal the user can act on, not a silent lock.
            String minutes = query.getSingleParameter(LoginThrottleFilter.MINUTES).filter(m -> m.matches("\\d{1,3}"))
                    .orElse("15");
            String scope = refused.get().equals("address") ? "address" : "account";
            texts.getErrorMessage().setTitle(getTranslation("security.refused.title"));
            texts.getErrorMessage().setMessage(getTranslation("security.refused." + scope, Integer.parseInt(minutes)));
        }
        form.setI18n(texts);
        form.setError(refused.isPresent() || query.getParameters().containsKey("error"));
    }
}
