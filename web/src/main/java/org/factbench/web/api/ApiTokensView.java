package org.factbench.web.api;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.factbench.core.apitoken.ApiTokenView;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.apitoken.IssuedApiToken;
import org.factbench.core.shared.InvalidInputException;

/** A user's API tokens: create one for a program (shown once), see when each was last used, revoke. */
@Route("account/api-tokens")
@PageTitle("API tokens · Factbench")
@Menu(order = 90, title = "API tokens", icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ApiTokens tokens;
    final TextField name = new TextField();
    final Button create = new Button();
    final Div issued = new Div();
    final Grid<ApiTokenView> list = new Grid<>();

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("fb-api-tokens");
        name.setLabel(getTranslation("api.tokens.name"));
        name.setHelperText(getTranslation("api.tokens.name.help"));
        name.setMaxLength(100);
        create.setText(getTranslation("api.tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        create.addClickShortcut(Key.ENTER);
        issued.addClassName("fb-api-token-issued");
        issued.setVisible(false);

        list.addColumn(ApiTokenView::name).setHeader(getTranslation("api.tokens.column.name")).setAutoWidth(true);
        list.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("api.tokens.column.token"));
        list.addColumn(token -> WHEN.format(token.createdAt())).setHeader(getTranslation("api.tokens.column.created"));
        list.addColumn(token -> token.lastUsedAt() == null ? getTranslation("api.tokens.never") : WHEN.format(token.lastUsedAt()))
                .setHeader(getTranslation("api.tokens.column.used"));
        list.addComponentColumn(this::stateOrRevoke).setHeader(getTranslation("api.tokens.column.state"));
        list.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("api.tokens.intro"));
        Anchor docs = new Anchor("swagger-ui.html", getTranslation("api.tokens.docs"));
        docs.setRouterIgnore(true);
        add(new H2(getTranslation("api.tokens.title")), intro, docs,
                controls(), issued, list);
        refresh();
    }

    private void create() {
        try {
            IssuedApiToken token = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            showSecret(token);
            refresh();
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void showSecret(IssuedApiToken token) {
        TextField secret = new TextField(getTranslation("api.tokens.secret", token.token().name()));
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("fb-api-token-secret");
        issued.removeAll();
        issued.add(secret, new Paragraph(getTranslation("api.tokens.secret.once")));
        issued.setVisible(true);
    }

    private com.vaadin.flow.component.Component stateOrRevoke(ApiTokenView token) {
        if (token.revoked()) return new Paragraph(getTranslation("api.tokens.revoked", WHEN.format(token.revokedAt())));
        Button revoke = new Button(getTranslation("api.tokens.revoke"), event -> {
            tokens.revoke(token.id());
            issued.setVisible(false);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel(getTranslation("api.tokens.revoke.label", token.name()));
        return revoke;
    }

    private void refresh() {
        list.setItems(tokens.mine());
    }

    private HorizontalLayout controls() {
        HorizontalLayout controls = new HorizontalLayout(name, create);
        controls.setAlignItems(Alignment.BASELINE);
        return controls;
    }
}
