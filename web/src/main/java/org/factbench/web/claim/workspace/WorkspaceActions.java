package org.factbench.web.claim.workspace;

import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.matching.SimilarClaimView;
import org.factbench.core.report.Correction;
import org.factbench.core.review.VerdictDraft;
import org.factbench.web.base.ui.Attempt;

/**
 * What the workspace's panels ask for, done through core with the version the user was looking at. Every step
 * goes through {@link Attempt}: a stale edit reloads the workspace and puts the user's text back.
 */
final class WorkspaceActions implements ReviewActions.Handler, EvidencePanel.Handler {

    private final ClaimWorkspaceView view;

    WorkspaceActions(ClaimWorkspaceView view) {
        this.view = view;
    }

    private ClaimView claim() {
        return view.current.claim();
    }

    private void reload() {
        view.reload(true);
    }

    @Override
    public void startResearch() {
        Attempt.of(() -> view.services.review().startResearch(claim().id(), claim().version()))
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> reload());
    }

    void propose(VerdictDraft draft) {
        Attempt.of(() -> view.services.review().proposeVerdict(claim().id(), claim().version(), draft))
                .onInvalid(view.verdict::showError)
                .onStale(this::reload, attempted -> view.verdict.restore((VerdictDraft) attempted))
                .run().ifPresent(done -> {
                    view.verdict.proposed();
                    reload();
                });
    }

    @Override
    public void requestChanges(ReasonDialog dialog, String reason) {
        Attempt.of(() -> view.services.review().requestChanges(claim().id(), claim().version(), reason))
                .onInvalid((field, message) -> dialog.showError(message))
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> closeAndReload(dialog));
    }

    @Override
    public void publish() {
        if (view.current.reports().isEmpty()) {
            publish(null, null);
            return;
        }
        view.actions.dialog = new ReasonDialog(view.getTranslation("workspace.review.correction.title"),
                List.of(view.getTranslation("workspace.review.correction.what"), view.getTranslation("workspace.review.correction.why")),
                view.getTranslation("workspace.review.publish"),
                (dialog, texts) -> publish(dialog, new Correction(texts.get(0), texts.get(1)))).opened();
    }

    private void publish(ReasonDialog dialog, Correction correction) {
        Attempt.of(() -> view.services.review().publish(claim().id(), claim().version(), correction))
                .onInvalid((field, message) -> {
                    if (dialog == null) Attempt.tellRefused(message);
                    else dialog.showError(message);
                })
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> closeAndReload(dialog));
    }

    @Override
    public void reject(ReasonDialog dialog, String reason) {
        Attempt.of(() -> view.services.review().reject(claim().id(), claim().version(), reason))
                .onInvalid((field, message) -> dialog.showError(message))
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> closeAndReload(dialog));
    }

    @Override
    public void reopen(ReasonDialog dialog, String reason) {
        Attempt.of(() -> view.services.review().reopen(claim().id(), claim().version(), reason))
                .onInvalid((field, message) -> dialog.showError(message))
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> closeAndReload(dialog));
    }

    void comment(String body) {
        Attempt.of(() -> view.services.comments().add(claim().id(), body))
                .onInvalid((field, message) -> view.comments.showError(message)).run().ifPresent(done -> {
                    view.comments.sent();
                    view.reload(false);
                });
    }

    void editAppearances(List<Appearance> current) {
        new AppearancesDialog(current, this::saveAppearances).open();
    }

    private void saveAppearances(AppearancesDialog dialog, List<AppearancesDialog.Row> rows) {
        ClaimView c = claim();
        Attempt.of(() -> view.services.claims().update(c.id(), c.version(), new ClaimDetails(c.statement(), c.claimant(),
                        c.language(), c.tags(), rows.stream().map(AppearancesDialog.Row::toAppearance).toList(), c.collectionId())))
                .onInvalid((field, message) -> dialog.showError(message))
                .onStale(this::reload, attempted -> { }).run().ifPresent(done -> {
                    dialog.close();
                    view.reload(false);
                });
    }

    @Override
    public void edit(EvidenceView link) {
        view.revising = new ReviseLinkDialog(link, this::revise).opened();
    }

    private void revise(ReviseLinkDialog dialog, EvidenceRevision revision) {
        EvidenceView link = dialog.link;
        Attempt.of(() -> view.services.evidence().revise(link.id(), link.version(), revision))
                .onInvalid((field, message) -> dialog.showError(message))
                .onStale(() -> view.reload(false), attempted -> view.services.evidence().forClaim(claim().id()).stream()
                        .filter(fresh -> fresh.id() == link.id()).findFirst()
                        .ifPresentOrElse(fresh -> dialog.retarget(fresh, (EvidenceRevision) attempted), dialog::close))
                .run().ifPresent(done -> {
                    dialog.close();
                    view.reload(false);
                });
    }

    @Override
    public void unlink(EvidenceView link) {
        Attempt.doing(() -> view.services.evidence().unlink(link.id(), link.version()))
                .onStale(() -> view.reload(false), attempted -> { }).run().ifPresent(done -> view.reload(false));
    }

    void merge(SimilarClaimView duplicate) {
        view.actions.dialog = new ReasonDialog(view.getTranslation("workspace.duplicates.merge.title", duplicate.claimId()),
                List.of(view.getTranslation("workspace.duplicates.merge.reason")),
                view.getTranslation("workspace.duplicates.merge.confirm"), (dialog, texts) -> {
                    Attempt.of(() -> {
                        long duplicateVersion = view.services.claims().get(duplicate.claimId()).version();
                        return view.services.merging().merge(duplicate.claimId(), duplicateVersion, claim().id(),
                                claim().version(), texts.getFirst());
                    }).onInvalid((field, message) -> dialog.showError(message))
                            .onStale(this::reload, attempted -> { }).run().ifPresent(done -> closeAndReload(dialog));
                }).opened();
    }

    private void closeAndReload(ReasonDialog dialog) {
        if (dialog != null) dialog.close();
        reload();
    }
}
