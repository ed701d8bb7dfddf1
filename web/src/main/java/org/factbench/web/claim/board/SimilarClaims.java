package org.factbench.web.claim.board;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.factbench.core.matching.SimilarClaimView;
import org.factbench.web.claim.workspace.ClaimLink;

/** Existing claims that may say the same as the one being written, best first, each with its score. */
final class SimilarClaims extends Div {

    final UnorderedList items = new UnorderedList();
    private final Paragraph none = new Paragraph();

    SimilarClaims() {
        addClassName("fb-similar-claims");
        getElement().setAttribute("aria-live", "polite");
        add(new H4(getTranslation("board.new.duplicates")), none, items);
        none.setText(getTranslation("board.new.duplicates.none"));
    }

    void show(List<SimilarClaimView> similar) {
        items.removeAll();
        none.setText(getTranslation("board.new.duplicates.none"));
        none.setVisible(similar.isEmpty());
        for (SimilarClaimView claim : similar) {
            Span score = new Span(getTranslation("board.new.duplicates.score", Math.round(claim.score() * 100)));
            score.addClassName("fb-score");
            RouterLink link = new ClaimLink(claim.claimId()).routerLink(claim.statement());
            link.getElement().setAttribute("target", "_blank");
            Span status = new Span(getTranslation("board.status." + claim.status().name()));
            status.addClassName("fb-status");
            items.add(new ListItem(score, link, status));
        }
    }

    void unavailable() {
        items.removeAll();
        none.setVisible(true);
        none.setText(getTranslation("board.new.duplicates.unavailable"));
    }
}
