package org.factbench.web.claim.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.web.claim.workspace.ClaimLink;

/** The board's columns. The statement is a link (keyboard and screen readers reach the claim through it). */
final class ClaimGrid extends Grid<ClaimSummary> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    ClaimGrid(Map<Long, String> collectionNames) {
        addClassName("fb-claim-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        getElement().setAttribute("aria-label", getTranslation("board.grid.label"));
        addColumn(new ComponentRenderer<>(c -> new ClaimLink(c.id()).routerLink(c.statement())))
                .setHeader(getTranslation("board.column.statement")).setFlexGrow(4)
                .setSortProperty(ClaimSort.Key.STATEMENT.name()).setKey(ClaimSort.Key.STATEMENT.name());
        addColumn(ClaimSummary::claimant).setHeader(getTranslation("board.column.claimant")).setFlexGrow(1)
                .setSortProperty(ClaimSort.Key.CLAIMANT.name()).setKey(ClaimSort.Key.CLAIMANT.name());
        addColumn(c -> getTranslation("board.status." + c.status().name())).setHeader(getTranslation("board.column.status"))
                .setSortProperty(ClaimSort.Key.STATUS.name()).setKey(ClaimSort.Key.STATUS.name()).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.assignee() == null ? "" : c.assignee().displayName())
                .setHeader(getTranslation("board.column.assignee")).setAutoWidth(true);
        addColumn(c -> c.collectionId() == null ? "" : collectionNames.getOrDefault(c.collectionId(), ""))
                .setHeader(getTranslation("board.column.collection")).setAutoWidth(true);
        addColumn(c -> WHEN.format(c.updatedAt())).setHeader(getTranslation("board.column.updated"))
                .setSortProperty(ClaimSort.Key.UPDATED.name()).setKey(ClaimSort.Key.UPDATED.name()).setAutoWidth(true).setFlexGrow(0);
    }

    /** Shows {@code sort} as the grid's sort indicator (which then asks for the data in that order). */
    void show(ClaimSort sort) {
        Column<ClaimSummary> column = getColumnByKey(sort.by().name());
        if (column == null) {
            sort(List.of());
        } else {
            sort(List.of(new GridSortOrder<>(column, sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        }
    }

    /** The grid's sort as core's; the first sorted column wins, newest change first when none is. */
    static ClaimSort sortOf(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(o -> new ClaimSort(ClaimSort.Key.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING))
                .orElse(ClaimSort.newestChange());
    }
}
