package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Supplier;
import org.factbench.core.audit.ActivityView;
import org.factbench.web.base.ui.ListHeight;

/**
 * Who did what to the claim and when, newest first (merged duplicates' history included, from core). A worked
 * claim has a hundred entries: a virtual list draws the ones in view from a template (text bindings only), so
 * the whole history is there to scroll through without a component per entry on the server.
 */
final class TimelinePanel extends Div {

    private static final String ENTRY = """
            <div class="fb-timeline-entry"><span class="fb-meta">${item.when}</span> ${item.what}${item.note
              ? html`<span class="fb-timeline-note"> — ${item.note}</span>` : ''}</div>""";
    private static final double ENTRY_REM = 2.6;

    /**
     * One entry as shown. Only its words are kept: an activity row also carries its change as JSON, for audits. The
     * id keeps two entries with the same words (two links in one minute) apart for the list.
     */
    record Entry(long id, String when, String what, String note) {
        String line() {
            return when + " " + what + (note == null ? "" : " — " + note);
        }
    }

    final VirtualList<Entry> entries = new VirtualList<>();
    private final Supplier<List<ActivityView>> history;
    private int count;

    /**
     * {@code history}: the claim's timeline as core has it now, read whenever the list draws rows, as the evidence
     * list does: a tab keeps the entries in view, not a worked claim's hundred.
     */
    TimelinePanel(Supplier<List<ActivityView>> history) {
        this.history = history;
        addClassName("fb-timeline");
        entries.addClassName("fb-timeline-entries");
        entries.getElement().setAttribute("aria-label", getTranslation("workspace.timeline.title"));
        entries.setRenderer(LitRenderer.<Entry>of(ENTRY)
                .withProperty("when", Entry::when)
                .withProperty("what", Entry::what)
                .withProperty("note", Entry::note));
        add(new H3(getTranslation("workspace.timeline.title")), entries);
    }

    /** Shows the timeline just read from core: its length now, its entries as the list draws them. */
    void show(List<ActivityView> timeline) {
        count = timeline.size();
        entries.setDataProvider(DataProvider.fromCallbacks(
                query -> newestFirst().stream().skip(query.getOffset()).limit(query.getLimit()), query -> count));
        ListHeight.fit(entries, count * ENTRY_REM, "40vh");
    }

    private List<Entry> newestFirst() {
        return history.get().reversed().stream().map(activity -> new Entry(activity.id(),
                ClaimWorkspaceView.WHEN.format(activity.occurredAt()), what(activity),
                activity.note() == null || activity.note().isBlank() ? null : activity.note())).toList();
    }

    /** Each entry as one line of text, newest first (what the template shows). */
    List<String> lines() {
        return newestFirst().stream().map(Entry::line).toList();
    }

    private String what(ActivityView entry) {
        return getTranslation("workspace.timeline.entry", entry.actorName(), action(entry.action()));
    }

    private String action(String code) {
        String key = "workspace.action." + code;
        String text = getTranslation(key);
        return text.equals("!" + key + "!") ? code.toLowerCase().replace('_', ' ') : text;
    }
}
