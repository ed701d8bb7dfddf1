package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;

/** The claim's evidence grouped by stance: supports, refutes, context; each group in the order linked. */
final class EvidencePanel extends Div {

    final Map<Stance, Div> groups = new EnumMap<>(Stance.class);
    private final Map<Stance, H4> headings = new EnumMap<>(Stance.class);
    private final Paragraph empty = new Paragraph(getTranslation("workspace.evidence.none"));
    private final EvidenceCard.Handler handler;

    EvidencePanel(EvidenceCard.Handler handler) {
        this.handler = handler;
        addClassName("fb-evidence-panel");
        add(new H3(getTranslation("workspace.evidence.title")), empty);
        for (Stance stance : Stance.values()) {
            H4 heading = new H4();
            headings.put(stance, heading);
            Div group = new Div();
            group.addClassName("fb-evidence-group");
            group.addClassName("fb-group-" + stance.name().toLowerCase(Locale.ROOT));
            group.getElement().setAttribute("role", "list");
            groups.put(stance, group);
            add(heading, group);
        }
    }

    /** Rebuilds the cards; a revision someone is typing stays open with their text. */
    void show(List<EvidenceView> evidence, boolean editable) {
        Map<Long, EvidenceRevision> typing = new HashMap<>();
        groups.values().forEach(group -> group.getChildren().map(EvidenceCard.class::cast)
                .filter(card -> card.editor.isVisible())
                .forEach(card -> typing.put(card.link.id(), new EvidenceRevision(card.stance.getValue(), card.note.getValue()))));
        empty.setVisible(evidence.isEmpty());
        for (Stance stance : Stance.values()) {
            List<EvidenceView> ofStance = evidence.stream().filter(e -> e.stance() == stance).toList();
            headings.get(stance).setText(getTranslation("workspace.evidence.group." + stance.name(), ofStance.size()));
            headings.get(stance).setVisible(!ofStance.isEmpty());
            Div group = groups.get(stance);
            group.removeAll();
            ofStance.forEach(link -> {
                EvidenceCard card = new EvidenceCard(link, editable, handler);
                card.getElement().setAttribute("role", "listitem");
                if (editable && typing.containsKey(link.id())) card.restore(typing.get(link.id()));
                group.add(card);
            });
        }
    }

    List<EvidenceCard> cards(Stance stance) {
        return groups.get(stance).getChildren().map(EvidenceCard.class::cast).toList();
    }
}
