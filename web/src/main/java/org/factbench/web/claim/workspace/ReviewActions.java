package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.factbench.web.claim.workspace.ReviewRules.Action;

/** The workflow buttons this user may use on the claim now; the others are not shown at all. */
final class ReviewActions extends Div {

    /** What the buttons ask for; the view does it. */
    interface Handler {
        void startResearch();

        void requestChanges(ReasonDialog dialog, String reason);

        void publish();

        void reject(ReasonDialog dialog, String reason);

        void reopen(ReasonDialog dialog, String reason);
    }

    final Button startResearch = new Button(getTranslation("workspace.review.start"));
    final Button requestChanges = new Button(getTranslation("workspace.review.changes"));
    final Button publish = new Button(getTranslation("workspace.review.publish"));
    final Button reject = new Button(getTranslation("workspace.review.reject"));
    final Button reopen = new Button(getTranslation("workspace.review.reopen"));
    ReasonDialog dialog;

    ReviewActions(Handler handler) {
        addClassName("fb-review-actions");
        startResearch.setId("fb-action-start");
        requestChanges.setId("fb-action-changes");
        publish.setId("fb-action-publish");
        reject.setId("fb-action-reject");
        reopen.setId("fb-action-reopen");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("workspace.review.label"));
        startResearch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        startResearch.addClickListener(event -> handler.startResearch());
        publish.addClickListener(event -> handler.publish());
        requestChanges.addClickListener(event -> ask("changes", handler::requestChanges));
        reject.addClickListener(event -> ask("reject", handler::reject));
        reopen.addClickListener(event -> ask("reopen", handler::reopen));
        add(startResearch, requestChanges, publish, reject, reopen);
    }

    void show(Set<Action> allowed) {
        startResearch.setVisible(allowed.contains(Action.START_RESEARCH));
        requestChanges.setVisible(allowed.contains(Action.REQUEST_CHANGES));
        publish.setVisible(allowed.contains(Action.PUBLISH));
        reject.setVisible(allowed.contains(Action.REJECT));
        reopen.setVisible(allowed.contains(Action.REOPEN));
    }

    private void ask(String step, ReasonStep then) {
        dialog = new ReasonDialog(getTranslation("workspace.review." + step + ".title"),
                List.of(getTranslation("workspace.review." + step + ".reason")),
                getTranslation("workspace.review." + step + ".confirm"),
                (d, texts) -> then.apply(d, texts.getFirst())).opened();
    }

    @FunctionalInterface
    private interface ReasonStep {
        void apply(ReasonDialog dialog, String reason);
    }
}
