package org.factbench.core.board;

import java.util.List;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's own saved board filters; nobody sees or deletes another user's. */
@Service
@Transactional
public class SavedFilterService {

    private final SavedFilterRepository filters;
    private final ChangeRecorder changes;

    SavedFilterService(SavedFilterRepository filters, ChangeRecorder changes) {
        this.filters = filters;
        this.changes = changes;
    }

    /** The current user's filters, by name. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<SavedFilterView> mine() {
        return filters.findByOwnerIdOrderByNameAsc(changes.actor().getId()).stream().map(SavedFilter::toView).toList();
    }

    /** Saves under {@code name}; saving again under the same name replaces that filter. */
    @PreAuthorize(Access.CHECKER)
    public SavedFilterView save(String name, ClaimFilter filter, ClaimSort sort) {
        UserAccount actor = changes.actor();
        String clean = SavedFilter.validName(name);
        SavedFilter saved = filters.findByOwnerIdAndName(actor.getId(), clean)
                .orElseGet(() -> new SavedFilter(actor.getId(), clean));
        saved.set(filter, sort, changes.now());
        SavedFilterView view = filters.saveAndFlush(saved).toView();
        changes.record(actor, Change.of("BOARD_FILTER_SAVED", "BOARD_FILTER", view.id()).after(view));
        return view;
    }

    @PreAuthorize(Access.CHECKER)
    public void delete(long filterId) {
        UserAccount actor = changes.actor();
        SavedFilter saved = filters.findById(filterId).filter(f -> f.getOwnerId() == actor.getId())
                .orElseThrow(() -> new NotFoundException("Saved filter", filterId));
        SavedFilterView before = saved.toView();
        filters.delete(saved);
        changes.record(actor, Change.of("BOARD_FILTER_DELETED", "BOARD_FILTER", filterId).before(before));
    }
}
