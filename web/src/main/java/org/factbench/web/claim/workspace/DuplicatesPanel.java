package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factbench.core.matching.SimilarClaimView;
import org.factbench.web.base.ui.PushedLoad;

/**
 * Claims that may say the same, with their score; editors can merge one into this claim. Found off the request
 * (embedding the claim and index queries would hold up opening it) and pushed in; "looking" meanwhile.
 */
final class DuplicatesPanel extends Div {

    final UnorderedList items = new UnorderedList();
    final Paragraph none = new Paragraph();
    private final Consumer<SimilarClaimView> onMerge;
    private final PushedLoad<List<SimilarClaimView>> load = new PushedLoad<>(this, "possible duplicates");

    DuplicatesPanel(Consumer<SimilarClaimView> onMerge) {
        this.onMerge = onMerge;
        addClassName("fb-duplicates");
        add(new H3(getTranslation("workspace.duplicates.title")), none, items);
    }

    /** The last list goes at once: a claim merged meanwhile must not keep its merge button while the new one loads. */
    void load(Supplier<List<SimilarClaimView>> find, boolean mayMerge) {
        items.removeAll();
        none.setText(getTranslation("workspace.duplicates.loading"));
        none.setVisible(true);
        load.start(find, similar -> show(similar, mayMerge), this::unavailable);
    }

    private void show(List<SimilarClaimView> similar, boolean mayMerge) {
        items.removeAll();
        none.setText(getTranslation("workspace.duplicates.none"));
        none.setVisible(similar.isEmpty());
        for (SimilarClaimView claim : similar) {
            Span score = new Span(getTranslation("workspace.duplicates.score", Math.round(claim.score() * 100)));
            score.addClassName("fb-score");
            Span status = new Span(getTranslation("workspace.status." + claim.status().name()));
            status.addClassName("fb-status");
            ListItem item = new ListItem(score, new ClaimLink(claim.claimId()).routerLink(claim.statement()), status);
            if (mayMerge && claim.status().isOpen()) {
                Button merge = new Button(getTranslation("workspace.duplicates.merge"), event -> onMerge.accept(claim));
                merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
                merge.setAriaLabel(getTranslation("workspace.duplicates.merge.label", claim.claimId()));
                item.add(merge);
            }
            items.add(item);
        }
    }

    private void unavailable() {
        items.removeAll();
        none.setVisible(true);
        none.setText(getTranslation("workspace.duplicates.unavailable"));
    }
}
