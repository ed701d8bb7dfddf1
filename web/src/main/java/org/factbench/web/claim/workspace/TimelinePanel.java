package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
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

    final VirtualList<ActivityView> entries = new VirtualList<>();
    private List<ActivityView> newestFirst = List.of();

    TimelinePanel() {
        addClassName("fb-timeline");
        entries.addClassName("fb-timeline-entries");
        entries.getElement().setAttribute("aria-label", getTranslation("workspace.timeline.title"));
        entries.setRenderer(LitRenderer.<ActivityView>of(ENTRY)
                .withProperty("when", entry -> ClaimWorkspaceView.WHEN.format(entry.occurredAt()))
                .withProperty("what", this::what)
                .withProperty("note", entry -> entry.note() == null || entry.note().isBlank() ? null : entry.note()));
        add(new H3(getTranslation("workspace.timeline.title")), entries);
    }

    void show(List<ActivityView> timeline) {
        newestFirst = timeline.reversed();
        entries.setItems(newestFirst);
        ListHeight.fit(entries, timeline.size() * ENTRY_REM, "40vh");
    }

    /** Each entry as one line of text, newest first (what the template shows). */
    List<String> lines() {
        return newestFirst.stream().map(entry -> ClaimWorkspaceView.WHEN.format(entry.occurredAt()) + " " + what(entry)
                + (entry.note() == null || entry.note().isBlank() ? "" : " — " + entry.note())).toList();
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
