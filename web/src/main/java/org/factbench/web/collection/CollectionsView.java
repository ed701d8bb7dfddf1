package org.factbench.web.collection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factbench.core.collection.CollectionDetails;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.user.Role;
import org.factbench.web.security.LoggedInUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Collections group claims (one debate, one press conference). Everyone sees them and opens their claims;
 * editors create and describe them. Each row has a slot ({@code fb-slot-dossier}) for the dossier downloads.
 */
@Route("collections")
@PageTitle("Collections · Factbench")
@Menu(order = 30, title = "Collections", icon = "vaadin:folder-open")
@PermitAll
public class CollectionsView extends VerticalLayout {

    private final CollectionService collections;
    private final boolean editor;
    private final ObjectProvider<CollectionRowContent> rowContents;
    final CollectionForm form = new CollectionForm();
    final Grid<CollectionView> list = new Grid<>();
    private CollectionView editing;

    CollectionsView(CollectionService collections, LoggedInUser user, ObjectProvider<CollectionRowContent> rowContents) {
        this.collections = collections;
        this.rowContents = rowContents;
        this.editor = user.get().map(u -> u.role() == Role.EDITOR || u.role() == Role.ADMIN).orElse(false);
        addClassName("fb-collections-view");
        list.addColumn(CollectionView::name).setHeader(getTranslation("collection.column.name")).setAutoWidth(true);
        list.addColumn(c -> c.description() == null ? "" : c.description()).setHeader(getTranslation("collection.column.description"))
                .setFlexGrow(2);
        list.addColumn(c -> c.createdBy().displayName()).setHeader(getTranslation("collection.column.by"));
        list.addComponentColumn(this::actions).setHeader(getTranslation("collection.column.actions")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        form.setVisible(editor);
        form.addSaveListener(event -> save(event.details()));
        form.addCancelListener(event -> startNew());
        add(new H2(getTranslation("collection.title")), form, list);
        refresh();
    }

    private Component actions(CollectionView collection) {
        Anchor claims = new Anchor("?collection=" + collection.id(), getTranslation("collection.claims"));
        claims.setAriaLabel(getTranslation("collection.claims.label", collection.name()));
        Div dossier = new Div();
        dossier.addClassName("fb-slot-dossier");
        dossier.getElement().setAttribute("data-collection", Long.toString(collection.id()));
        rowContents.orderedStream().forEach(content -> dossier.add(content.create(collection)));
        HorizontalLayout actions = new HorizontalLayout(claims, dossier);
        actions.setAlignItems(Alignment.BASELINE);
        if (editor) {
            Button edit = new Button(getTranslation("collection.edit"), event -> startEdit(collection));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("collection.edit.label", collection.name()));
            actions.addComponentAsFirst(edit);
        }
        return actions;
    }

    private void startEdit(CollectionView collection) {
        editing = collection;
        form.edit(collection.name(), collection.description());
    }

    private void startNew() {
        editing = null;
        form.edit("", "");
    }

    private void save(CollectionDetails details) {
        try {
            if (editing == null) {
                collections.create(details);
            } else {
                collections.describe(editing.id(), editing.version(), details);
            }
            startNew();
            refresh();
        } catch (InvalidInputException e) {
            form.showError(e.getMessage());
        } catch (StaleEditException e) {
            // Someone else described it first: show their version, keep what this user typed in the form.
            editing = collections.get(editing.id());
            form.showError(getTranslation("collection.stale", editing.name()));
            refresh();
        }
    }

    private void refresh() {
        list.setItems(collections.all());
    }
}
