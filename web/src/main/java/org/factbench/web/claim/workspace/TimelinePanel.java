package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factbench.core.audit.ActivityView;

/** Who did what to the claim and when, newest first (merged duplicates' history included, from core). */
final class TimelinePanel extends Div {

    final OrderedList entries = new OrderedList();

    TimelinePanel() {
        addClassName("fb-timeline");
        add(new H3(getTranslation("workspace.timeline.title")), entries);
    }

    void show(List<ActivityView> timeline) {
        entries.removeAll();
        timeline.reversed().forEach(entry -> {
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
