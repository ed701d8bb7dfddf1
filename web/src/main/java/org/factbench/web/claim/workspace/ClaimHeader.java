package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimView;

/** The claim itself: statement, claimant, status, tags, where it appeared (editable), and the presence slot. */
final class ClaimHeader extends Div {

    final H2 statement = new H2();
    final Span claimant = new Span();
    final Span status = new Span();
    final Span assignee = new Span();
    final Div tags = new Div();
    final UnorderedList appearances = new UnorderedList();
    final Button editAppearances = new Button(VaadinIcon.EDIT.create());
    final Div merged = new Div();
    private List<Appearance> shown = List.of();

    ClaimHeader(Div presenceSlot, Consumer<List<Appearance>> onEditAppearances) {
        addClassName("fb-claim-header");
        status.addClassName("fb-status");
        claimant.addClassName("fb-claimant");
        assignee.addClassName("fb-assignee");
        tags.addClassName("fb-tags");
        merged.addClassName("fb-merged");
        editAppearances.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        editAppearances.setAriaLabel(getTranslation("workspace.appearances.edit"));
        editAppearances.setTooltipText(getTranslation("workspace.appearances.edit"));
        editAppearances.addClickListener(event -> onEditAppearances.accept(shown));
        Div meta = new Div(claimant, status, assignee);
        meta.addClassName("fb-claim-meta");
        Div appeared = new Div(new Span(getTranslation("workspace.appearances")), editAppearances, appearances);
        appeared.addClassName("fb-appearances");
        add(new Div(statement, presenceSlot), meta, tags, appeared, merged);
    }

    void show(ClaimView claim, boolean editable) {
        statement.setText(claim.statement());
        claimant.setText(getTranslation("workspace.claimant", claim.claimant()));
        status.setText(getTranslation("workspace.status." + claim.status().name()));
        status.getElement().setAttribute("data-status", claim.status().name());
        assignee.setText(claim.assignee() == null ? getTranslation("workspace.unassigned")
                : getTranslation("workspace.assignee", claim.assignee().displayName()));
        tags.removeAll();
        claim.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("fb-tag");
            tags.add(chip);
        });
        shown = claim.appearances();
        appearances.removeAll();
        shown.forEach(a -> appearances.add(appearance(a)));
        editAppearances.setVisible(editable);
        merged.setVisible(claim.mergedIntoId() != null);
        merged.removeAll();
        if (claim.mergedIntoId() != null) {
            merged.add(new Span(getTranslation("workspace.merged") + " "),
                    new ClaimLink(claim.mergedIntoId()).routerLink(getTranslation("workspace.merged.link", claim.mergedIntoId())));
        }
    }

    private ListItem appearance(Appearance a) {
        // Appearance checks that the URL is http(s), so it is safe as a link target.
        Anchor link = new Anchor(a.url(), a.url(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        String where = a.outlet() == null ? "" : a.outlet() + " · ";
        return new ListItem(new Span(where + a.appearedOn() + " · "), link);
    }
}
