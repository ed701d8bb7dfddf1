package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;

/**
 * Changes one link's stance or note. Knows no services: hands the revision to {@code onSave} and stays open,
 * keeping what the user typed, until the change went through. A dialog rather than a form inside the card, so a
 * live refresh of the evidence list never touches what is being typed.
 */
final class ReviseLinkDialog extends Dialog {

    final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("workspace.evidence.stance"));
    final TextField note = new TextField(getTranslation("workspace.evidence.note"));
    final Button save = new Button(getTranslation("workspace.evidence.save"));
    private final Paragraph quote = new Paragraph();
    EvidenceView link;

    ReviseLinkDialog(EvidenceView link, BiConsumer<ReviseLinkDialog, EvidenceRevision> onSave) {
        this.link = link;
        addClassName("fb-revise-dialog");
        setHeaderTitle(getTranslation("workspace.evidence.edit"));
        quote.addClassName("fb-quote-context");
        quote.setText("“" + link.quoteExact() + "”");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("workspace.evidence.stance." + s.name()));
        stance.setValue(link.stance());
        note.setValue(link.note() == null ? "" : link.note());
        note.setWidthFull();
        note.setMaxLength(4000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fb-revise-save");
        save.addClickListener(event -> onSave.accept(this, revision()));
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        add(quote, stance, note);
        getFooter().add(new Button(getTranslation("workspace.cancel"), event -> close()), save);
        setWidth("min(36em, 96vw)");
    }

    EvidenceRevision revision() {
        return new EvidenceRevision(stance.getValue(), note.getValue());
    }

    /** After a stale save: the fresh link to save against next, with the user's revision kept in the form. */
    void retarget(EvidenceView fresh, EvidenceRevision typed) {
        link = fresh;
        stance.setValue(typed.stance());
        note.setValue(typed.note() == null ? "" : typed.note());
    }

    void showError(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    ReviseLinkDialog opened() {
        open();
        note.focus();
        return this;
    }
}
