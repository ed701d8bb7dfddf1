package org.factbench.web.review;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.live.ClaimBroadcaster;

/** Claims waiting for a second person's review, the longest-waiting first. */
@Route("review")
@Menu(order = 5, title = "Review queue", icon = "vaadin:check-square-o")
@PageTitle("Review queue · Factbench")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ReviewQueueView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());
    private static final ClaimFilter WAITING = ClaimFilter.status(ClaimStatus.IN_REVIEW);

    final Grid<ClaimSummary> queue = new Grid<>();
    final Paragraph count = new Paragraph();
    private final ClaimService claims;
    private final ClaimBroadcaster broadcaster;
    private Registration live;

    ReviewQueueView(ClaimService claims, ClaimBroadcaster broadcaster) {
        this.claims = claims;
        this.broadcaster = broadcaster;
        addClassName("fb-review-view");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.getElement().setAttribute("aria-label", getTranslation("review.grid.label"));
        queue.addColumn(new ComponentRenderer<>(c -> new ClaimLink(c.id()).routerLink(c.statement())))
                .setHeader(getTranslation("review.column.statement")).setFlexGrow(4);
        queue.addColumn(ClaimSummary::claimant).setHeader(getTranslation("review.column.claimant"));
        queue.addColumn(c -> c.assignee() == null ? "" : c.assignee().displayName())
                .setHeader(getTranslation("review.column.checker"));
        queue.addColumn(c -> WHEN.format(c.updatedAt()) + " · " + waiting(c.updatedAt()))
                .setHeader(getTranslation("review.column.waiting")).setAutoWidth(true);
        queue.setItems(query -> claims.search(WAITING, ClaimSort.oldestChange(), query.getPage(), query.getPageSize())
                .items().stream(), query -> (int) claims.search(WAITING, 0, 1).total());
        queue.addItemClickListener(event -> new ClaimLink(event.getItem().id()).navigate(getUI().orElseThrow()));
        add(new H2(getTranslation("review.title")), count, queue);
        setSizeFull();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("review.count", claims.search(WAITING, 0, 1).total()));
    }

    private String waiting(Instant since) {
        Duration waited = Duration.between(since, Instant.now());
        return waited.toHours() >= 24 ? getTranslation("review.waiting.days", waited.toDays())
                : getTranslation("review.waiting.hours", waited.toHours());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = broadcaster.subscribeAll(changed -> event.getUI().access(() -> {
            queue.getDataProvider().refreshAll();
            showCount();
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) live.remove();
    }
}
