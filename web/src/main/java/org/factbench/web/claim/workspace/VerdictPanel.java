package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.VerdictOutcome;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.review.VerdictDraft;
import org.factbench.core.verdict.Rating;

/**
 * The verdict: what is proposed now, the reason changes were requested (shown first, as it is what the checker
 * must act on), the history, and the form to propose one. The form's fields survive refreshes.
 */
final class VerdictPanel extends Div {

    final Div requested = new Div();
    final Div current = new Div();
    final UnorderedList history = new UnorderedList();
    private final H3 historyHeading = new H3(getTranslation("workspace.verdict.history"));
    final ComboBox<Rating> rating = new ComboBox<>(getTranslation("workspace.verdict.rating"));
    final TextArea summary = new TextArea(getTranslation("workspace.verdict.summary"));
    final Button propose = new Button(getTranslation("workspace.verdict.propose"));
    final Div form = new Div(rating, summary, propose);
    private final Map<String, Rating> scale;

    VerdictPanel(List<Rating> ratings, Consumer<VerdictDraft> onPropose) {
        addClassName("fb-verdict-panel");
        scale = ratings.stream().collect(Collectors.toMap(Rating::code, Function.identity()));
        requested.addClassName("fb-changes-requested");
        requested.getElement().setAttribute("role", "alert");
        current.addClassName("fb-verdict-current");
        rating.setId("fb-verdict-rating");
        summary.setId("fb-verdict-summary");
        propose.setId("fb-verdict-propose");
        rating.setItems(ratings);
        rating.setItemLabelGenerator(Rating::label);
        summary.setWidthFull();
        summary.setMaxLength(10000);
        summary.setHelperText(getTranslation("workspace.verdict.shortcut"));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(event -> onPropose.accept(draft()));
        propose.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(summary);
        form.addClassName("fb-verdict-form");
        H3 heading = new H3(getTranslation("workspace.verdict.title"));
        add(heading, requested, current, form, historyHeading, history);
    }

    void show(ClaimView claim, boolean mayPropose) {
        VerdictView last = claim.currentVerdict();
        boolean changesRequested = claim.status() == ClaimStatus.IN_RESEARCH && last != null
                && last.outcome() == VerdictOutcome.CHANGES_REQUESTED;
        requested.removeAll();
        requested.setVisible(changesRequested || (claim.statusReason() != null && !claim.status().isOpen()));
        if (changesRequested) {
            requested.add(new Paragraph(getTranslation("workspace.verdict.requested", last.reviewer().displayName())),
                    new Paragraph(last.reviewNote()));
        } else if (requested.isVisible()) {
            requested.add(new Paragraph(getTranslation("workspace.verdict.reason." + claim.status().name())),
                    new Paragraph(claim.statusReason()));
        }
        current.removeAll();
        current.add(last == null ? new Paragraph(getTranslation("workspace.verdict.none")) : verdict(last));
        history.removeAll();
        List<VerdictView> earlier = claim.verdicts().isEmpty() ? List.of()
                : claim.verdicts().subList(0, claim.verdicts().size() - 1).reversed();
        earlier.forEach(v -> history.add(new ListItem(verdict(v))));
        history.setVisible(!earlier.isEmpty());
        historyHeading.setVisible(!earlier.isEmpty());
        form.setVisible(mayPropose);
        if (changesRequested && mayPropose && rating.isEmpty() && summary.isEmpty()) {
            // Sent back: the checker adjusts the proposal under review, so it is the starting point (never over
            // anything typed already).
            restore(new VerdictDraft(last.rating(), last.summary()));
        }
    }

    VerdictDraft draft() {
        return new VerdictDraft(rating.getValue() == null ? null : rating.getValue().code(), summary.getValue());
    }

    /** Puts a draft back into the form, e.g. after someone else saved first. */
    void restore(VerdictDraft draft) {
        rating.setValue(draft.rating() == null ? null : scale.get(draft.rating()));
        summary.setValue(draft.summary() == null ? "" : draft.summary());
    }

    void proposed() {
        rating.clear();
        summary.clear();
        summary.setInvalid(false);
        rating.setInvalid(false);
    }

    void showError(String field, String message) {
        if ("rating".equals(field)) {
            rating.setErrorMessage(message);
            rating.setInvalid(true);
        } else {
            summary.setErrorMessage(message);
            summary.setInvalid(true);
        }
    }

    private Div verdict(VerdictView v) {
        Rating r = scale.get(v.rating());
        Span label = new Span(r == null ? v.rating() : r.label());
        label.addClassName("fb-rating");
        // The colour comes from configuration and is checked to be #rrggbb (Rating), so it cannot inject CSS.
        if (r != null) label.getStyle().set("--fb-rating-colour", r.colour());
        Span outcome = new Span(getTranslation("workspace.verdict.outcome." + v.outcome().name()));
        outcome.addClassName("fb-outcome");
        Span who = new Span(getTranslation("workspace.verdict.by", v.proposer().displayName(),
                ClaimWorkspaceView.WHEN.format(v.proposedAt())));
        who.addClassName("fb-meta");
        Div box = new Div(new Div(label, outcome), new Paragraph(v.summary()), who);
        box.addClassName("fb-verdict");
        if (v.reviewNote() != null && v.outcome() != VerdictOutcome.PENDING) {
            Paragraph note = new Paragraph(getTranslation("workspace.verdict.review", v.reviewer().displayName(), v.reviewNote()));
            note.addClassName("fb-meta");
            box.add(note);
        }
        return box;
    }
}
