package org.factbench.web.claim.board;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.matching.ClaimMatching;
import org.factbench.web.base.ui.Attempt;
import org.factbench.web.claim.workspace.ClaimLink;

/** Opens the new-claim form, looks up duplicates as the user types, creates the claim and opens its workspace. */
final class NewClaimFlow {

    static final int DUPLICATES = 5;

    private final ClaimService claims;
    private final ClaimMatching matching;
    private final CollectionService collections;
    private final Clock clock;
    NewClaimDialog dialog;

    NewClaimFlow(ClaimService claims, ClaimMatching matching, CollectionService collections, Clock clock) {
        this.claims = claims;
        this.matching = matching;
        this.collections = collections;
        this.clock = clock;
    }

    NewClaimDialog open() {
        dialog = new NewClaimDialog(collections.all(), LocalDate.now(clock));
        dialog.addStatementTypedListener(event -> lookForDuplicates(event.getSource()));
        dialog.addCreateListener(event -> create(event.getSource()));
        dialog.open();
        dialog.statement.focus();
        return dialog;
    }

    private void lookForDuplicates(NewClaimDialog form) {
        try {
            form.showDuplicates(matching.similarTo(form.statement.getValue(), form.language.getValue(), DUPLICATES));
        } catch (CorpusUnavailableException e) {
            form.duplicatesUnavailable();
        }
    }

    private void create(NewClaimDialog form) {
        form.clearErrors();
        Attempt.of(() -> claims.create(form.input().toDetails())).onInvalid(form::showError).run().ifPresent(created -> {
            form.close();
            new ClaimLink(created.id()).navigate(UI.getCurrent());
        });
    }
}
