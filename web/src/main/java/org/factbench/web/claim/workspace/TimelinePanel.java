package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factbench.core.audit.ActivityView;

/** Who did what to the claim and when, newest first (merged duplicates' history included, from core). */
final class TimelinePanel extends Div {

    /**
     * Entries shown until "show all": a worked claim has a hundred, each a few components kept for every open tab
     * and rebuilt on every live change, while the checker reads the latest.
     */
    static final int LATEST = 15;

    final OrderedList entries = new OrderedList();
    final Button showAll = new Button();
    private List<ActivityView> timeline = List.of();
    private boolean all;

    TimelinePanel() {
        addClassName("fb-timeline");
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClickListener(event -> {
            all = true;
            render();
        });
        add(new H3(getTranslation("workspace.timeline.title")), entries, showAll);
    }

    void show(List<ActivityView> timeline) {
        this.timeline = timeline;
        render();
    }

    private void render() {
        entries.removeAll();
        List<ActivityView> newestFirst = timeline.reversed();
        List<ActivityView> shown = all ? newestFirst : newestFirst.subList(0, Math.min(LATEST, newestFirst.size()));
        showAll.setText(getTranslation("workspace.timeline.all", timeline.size()));
        showAll.setVisible(shown.size() < timeline.size());
        shown.forEach(entry -> {
            Span when = new Span(ClaimWorkspaceView.WHEN.format(entry.occurredAt()));
            when.addClassName("fb-meta");
            Span what = new Span(" " + getTranslation("workspace.timeline.entry", entry.actorName(), action(entry.action())));
            ListItem item = new ListItem(when, what);
            if (entry.note() != null && !entry.note().isBlank()) {
                Span note = new Span(" — " + entry.note());
                note.addClassName("fb-timeline-note");
                item.add(note);
            }
            entries.add(item);
        });
    }

    private String action(String code) {
        String key = "workspace.action." + code;
        String text = getTranslation(key);
        return text.equals("!" + key + "!") ? code.toLowerCase().replace('_', ' ') : text;
    }
}
