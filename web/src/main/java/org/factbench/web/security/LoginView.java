package org.factbench.web.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

/** The login page. Hints from the active profiles (the demo's credentials) appear under the form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Factbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    /** @param hints none outside the demo profile (Spring passes an empty list then) */
    public LoginView(List<LoginHint> hints) {
        addClassName("fb-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Factbench"), form);
        hints.forEach(hint -> add(hint.create()));
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
