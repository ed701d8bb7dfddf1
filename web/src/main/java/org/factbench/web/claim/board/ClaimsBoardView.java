package org.factbench.web.claim.board;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factbench.core.board.SavedFilterService;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.matching.ClaimMatching;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.user.UserDirectory;
import org.factbench.web.live.ClaimBroadcaster;
import org.factbench.web.live.LiveUpdates;
import org.factbench.web.security.LoggedInUser;

/** The landing page: every claim, filtered and sorted, saved filters, CSV of what is shown, new claims. */
@Route("")
@Menu(order = 0, title = "Claims", icon = "vaadin:clipboard-check")
@PageTitle("Claims · Factbench")
@PermitAll
public class ClaimsBoardView extends VerticalLayout {

    final BoardFilters filters;
    final SavedFiltersBar saved = new SavedFiltersBar();
    final ClaimGrid grid;
    final Anchor csv;
    final Button newClaim = new Button(getTranslation("board.new"), VaadinIcon.PLUS.create());
    final NewClaimFlow newClaimFlow;
    private final BoardQueries queries;
    private final ClaimBroadcaster broadcaster;

    ClaimsBoardView(ClaimService claims, ClaimMatching matching, CollectionService collections, UserDirectory users,
            SavedFilterService savedFilters, LoggedInUser me, ClaimBroadcaster broadcaster, Clock clock) {
        this.broadcaster = broadcaster;
        addClassName("fb-board-view");
        List<CollectionView> allCollections = collections.all();
        Map<Long, String> names = allCollections.stream().collect(Collectors.toMap(CollectionView::id, CollectionView::name));
        queries = new BoardQueries(claims, names, this::getTranslation);
        filters = new BoardFilters(me.get().orElseThrow().username(), users.all(), allCollections);
        grid = new ClaimGrid(names);
        grid.setItems(query -> queries.page(query, filters.filter()), query -> queries.count(filters.filter()));
        filters.addFiltersChangedListener(event -> grid.getDataProvider().refreshAll());
        new SavedFilterFlow(saved, savedFilters, filters, grid, queries).start();
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvOfCurrentFilter().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "claims.csv", "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("board.csv"));
        csv.addClassName("fb-csv");
        newClaimFlow = new NewClaimFlow(claims, matching, collections, clock);
        newClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClaim.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        newClaim.setId("fb-board-new");
        newClaim.setTooltipText(getTranslation("board.new.shortcut"));
        newClaim.addClickListener(event -> newClaimFlow.open());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("board.title")), newClaim, csv);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.addClassName("fb-board-top");
        add(top, filters, saved, grid);
        // A change to any claim can move it in or out of the filter: the grid fetches its rows again, while shown.
        // (The UI is taken at attach: a change arriving as the board is left must not ask a detached view for one.)
        LiveUpdates.forAllClaims(this, broadcaster, changed -> grid.getDataProvider().refreshAll());
        setSizeFull();
        grid.setSizeFull();
    }

    /** What the CSV link serves: every claim the current filter and sort show (up to 10,000), not only those loaded. */
    String csvOfCurrentFilter() {
        return queries.csv(filters.filter());
    }
}
