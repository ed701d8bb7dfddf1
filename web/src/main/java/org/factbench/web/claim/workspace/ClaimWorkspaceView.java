package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.shared.event.ClaimEvent;
import org.factbench.core.shared.event.ClaimStateChanged;
import org.factbench.core.user.UserSummary;
import org.factbench.core.workspace.ClaimWorkspace;
import org.factbench.web.claim.workspace.ReviewRules.Action;
import org.factbench.web.live.ClaimBroadcaster;
import org.factbench.web.security.LoggedInUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One claim and everything about it, live. Other features plug into four empty slots, each a {@code Div} with a
 * fixed id, filled by {@link WorkspaceSlotContent} beans (see {@link WorkspaceSlot}):
 * <ul>
 *   <li>{@code fb-slot-presence}: in the header, next to the statement (who has the claim open);</li>
 *   <li>{@code fb-slot-finder}: above the evidence (the evidence finder);</li>
 *   <li>{@code fb-slot-suggestions}: below the evidence (suggested passages);</li>
 *   <li>{@code fb-slot-report}: in the verdict column under the report link (report downloads).</li>
 * </ul>
 * Events from {@link ClaimBroadcaster} refresh the panels within a second; forms keep what the user is typing.
 */
@Route("claim/:" + ClaimWorkspaceView.CLAIM_ID + "([0-9]{1,18})")
@PermitAll
public class ClaimWorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CLAIM_ID = "claimId";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    final WorkspaceServices services;
    final Map<WorkspaceSlot, Div> slots = new EnumMap<>(WorkspaceSlot.class);
    final LiveNotice notice = new LiveNotice();
    final Paragraph error = new Paragraph();
    final WorkspaceActions act;
    final ClaimHeader header;
    final ReviewActions actions;
    final VerdictPanel verdict;
    final EvidencePanel evidence;
    final CommentThread comments;
    final TimelinePanel timeline;
    final DuplicatesPanel duplicates;
    final Anchor report = new Anchor();
    final Div body = new Div();
    private final ClaimBroadcaster broadcaster;
    private final ObjectProvider<WorkspaceSlotContent> slotContents;
    final UserSummary me;
    ClaimWorkspace current;
    ReviseLinkDialog revising;
    private Registration live;

    ClaimWorkspaceView(WorkspaceServices services, LoggedInUser user, ClaimBroadcaster broadcaster,
            ObjectProvider<WorkspaceSlotContent> slotContents) {
        this.services = services;
        this.broadcaster = broadcaster;
        this.slotContents = slotContents;
        this.me = user.get().orElseThrow();
        addClassName("fb-workspace");
        for (WorkspaceSlot slot : WorkspaceSlot.values()) {
            Div container = new Div();
            container.setId(slot.id());
            container.addClassName("fb-slot");
            slots.put(slot, container);
        }
        act = new WorkspaceActions(this);
        header = new ClaimHeader(slots.get(WorkspaceSlot.PRESENCE), act::editAppearances);
        actions = new ReviewActions(act);
        verdict = new VerdictPanel(services.ratings().ratings(), act::propose);
        evidence = new EvidencePanel(act, () -> services.evidence().forClaim(current.claim().id()));
        timeline = new TimelinePanel(() -> services.history().timeline(current.claim().id()));
        comments = new CommentThread(act::comment);
        duplicates = new DuplicatesPanel(act::merge);
        report.addClassName("fb-report-link");
        report.getElement().setAttribute("router-link", true);
        error.addClassName("fb-error");
        error.setVisible(false);
        Div main = new Div(slots.get(WorkspaceSlot.FINDER), evidence, slots.get(WorkspaceSlot.SUGGESTIONS));
        main.addClassName("fb-workspace-main");
        Div side = new Div(verdict, report, slots.get(WorkspaceSlot.REPORT), comments, duplicates, timeline);
        side.addClassName("fb-workspace-side");
        Div columns = new Div(main, side);
        columns.addClassName("fb-workspace-columns");
        body.add(header, actions, columns);
        add(notice, error, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long claimId = event.getRouteParameters().getLong(CLAIM_ID).orElseThrow();
        if (current != null && current.claim().id() == claimId) return;
        unsubscribe();
        ClaimWorkspace loaded;
        try {
            loaded = services.workspace().load(claimId);
        } catch (NotFoundException e) {
            current = null;
            body.setVisible(false);
            error.setText(e.getMessage());
            error.setVisible(true);
            return;
        }
        keep(loaded);
        fillSlots(claimId);
        show(loaded, true);
        if (isAttached()) subscribe(getUI().orElseThrow());
    }

    /** Reloads the claim and shows it again; duplicates (a search) only when the statement or status may have changed. */
    void reload(boolean withDuplicates) {
        ClaimWorkspace loaded = services.workspace().load(current.claim().id());
        keep(loaded);
        show(loaded, withDuplicates);
    }

    /**
     * What the view keeps of a loaded claim between requests: all but its evidence, which the evidence list reads
     * from core for the rows it draws (the text of every link, kept for every open tab, was most of its heap).
     */
    private void keep(ClaimWorkspace loaded) {
        current = new ClaimWorkspace(loaded.claim(), List.of(), loaded.comments(), loaded.reports());
    }

    private void show(ClaimWorkspace loaded, boolean withDuplicates) {
        var allowed = ReviewRules.allowed(current.claim(), me);
        header.show(current.claim(), allowed.contains(Action.EDIT));
        actions.show(allowed);
        verdict.show(current.claim(), allowed.contains(Action.PROPOSE));
        evidence.show(loaded.evidence(), allowed.contains(Action.EDIT));
        showSlots(allowed.contains(Action.EDIT));
        comments.show(current.comments(), allowed.contains(Action.COMMENT));
        timeline.show(services.history().timeline(current.claim().id()));
        report.setVisible(!current.reports().isEmpty());
        if (!current.reports().isEmpty()) {
            report.setHref("report/" + current.claim().id());
            report.setText(getTranslation("workspace.report.link", current.reports().getLast().versionNo()));
        }
        if (withDuplicates) showDuplicates(allowed.contains(Action.MERGE));
    }

    /** Pushed in when found: the search embeds the statement, too slow to hold up opening the claim. */
    private void showDuplicates(boolean mayMerge) {
        long claimId = current.claim().id();
        duplicates.load(() -> services.matching().duplicatesOf(claimId, 5), mayMerge);
    }

    private void fillSlots(long claimId) {
        slots.values().forEach(Div::removeAll);
        slotContents.orderedStream().forEach(content -> slots.get(content.slot()).add(content.create(claimId)));
    }

    private void showSlots(boolean takesEvidence) {
        slots.forEach((slot, container) -> container.setVisible(container.getChildren().findAny().isPresent()
                && (takesEvidence || !slot.addsEvidence())));
    }

    void changedElsewhere(ClaimEvent event) {
        if (current == null || event.claimId() != current.claim().id()) return;
        refreshAfter(event);
        if (!me.username().equals(event.by())) {
            String who = services.users().find(event.by()).map(UserSummary::displayName).orElse(event.by());
            String key = "workspace.live." + event.type();
            String text = getTranslation(key, who);
            notice.say(text.equals("!" + key + "!") ? getTranslation("workspace.live.other", who) : text);
        }
    }

    /**
     * Redraws what a live change touched: a link or a comment changes only its panel and the timeline (the claim,
     * its version and status stay as they were); anything else reloads the whole claim.
     */
    private void refreshAfter(ClaimEvent event) {
        long id = current.claim().id();
        var allowed = ReviewRules.allowed(current.claim(), me);
        if (event.type().startsWith("Evidence")) {
            evidence.show(services.evidence().forClaim(id), allowed.contains(Action.EDIT));
        } else if (event.type().startsWith("Comment")) {
            current = new ClaimWorkspace(current.claim(), List.of(), services.comments().thread(id), current.reports());
            comments.show(current.comments(), allowed.contains(Action.COMMENT));
        } else {
            reload(event instanceof ClaimStateChanged || event.type().equals("ClaimsMerged"));
            return;
        }
        timeline.show(services.history().timeline(id));
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("workspace.title.missing")
                : getTranslation("workspace.title", abbreviated(current.claim().statement()));
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (current != null) subscribe(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        unsubscribe();
        live = broadcaster.subscribe(current.claim().id(), changed -> ui.access(() -> changedElsewhere(changed)));
    }

    private void unsubscribe() {
        if (live != null) live.remove();
        live = null;
    }

    List<WorkspaceSlot> filledSlots() {
        return slots.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey).toList();
    }
}
