package org.factbench.web.claim.board;

import org.factbench.core.board.SavedFilterService;
import org.factbench.core.board.SavedFilterView;
import org.factbench.web.base.ui.Attempt;

/** Connects the saved-filters bar to the user's saved filters and to the board's fields and sort. */
final class SavedFilterFlow {

    private final SavedFiltersBar bar;
    private final SavedFilterService service;
    private final BoardFilters filters;
    private final ClaimGrid grid;
    private final BoardQueries queries;

    SavedFilterFlow(SavedFiltersBar bar, SavedFilterService service, BoardFilters filters, ClaimGrid grid,
            BoardQueries queries) {
        this.bar = bar;
        this.service = service;
        this.filters = filters;
        this.grid = grid;
        this.queries = queries;
    }

    void start() {
        bar.show(service.mine(), null);
        bar.addActionListener(action -> {
            switch (action.kind) {
                case APPLY -> apply(action.filter);
                case SAVE -> Attempt.of(() -> service.save(action.name, filters.filter(), queries.lastSort()))
                        .onInvalid((field, message) -> bar.showNameError(message)).run()
                        .ifPresent(saved -> {
                            bar.saved();
                            bar.show(service.mine(), saved);
                        });
                case DELETE -> Attempt.doing(() -> service.delete(action.filter.id())).run()
                        .ifPresent(done -> bar.show(service.mine(), null));
            }
        });
    }

    private void apply(SavedFilterView saved) {
        filters.show(saved.filter());
        grid.show(saved.sort());
    }
}
