package org.factbench.web.evidence;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.factbench.core.evidence.Stance;

/** Asks for the stance and a note for a selected span; the quote is shown as text, exactly as it will be linked. */
final class LinkDialog extends Dialog {

    final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("finder.link.stance"));
    final TextArea note = new TextArea(getTranslation("finder.link.note"));
    final Button save = new Button(getTranslation("finder.link.save"));
    final Button cancel = new Button(getTranslation("finder.link.cancel"));
    final Paragraph error = new Paragraph();

    LinkDialog(String quote, BiConsumer<Stance, String> onLink) {
        addClassName("fb-link-dialog");
        setHeaderTitle(getTranslation("finder.link.title"));
        Paragraph shown = new Paragraph(quote);
        shown.addClassName("fb-link-quote");
        com.vaadin.flow.component.html.Div quoteBox = new com.vaadin.flow.component.html.Div(shown);
        quoteBox.getElement().setAttribute("role", "blockquote");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("finder.stance." + s.name()));
        stance.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setPlaceholder(getTranslation("finder.link.note.placeholder"));
        note.setMaxLength(4000);
        error.addClassName("fb-error");
        error.setVisible(false);
        add(quoteBox, stance, note, error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fb-link-save");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(event -> {
            if (stance.getValue() == null) {
                stance.setInvalid(true);
                stance.setErrorMessage(getTranslation("finder.link.pickStance"));
                return;
            }
            onLink.accept(stance.getValue(), note.getValue().isBlank() ? null : note.getValue().strip());
        });
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
        setWidth("36em");
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
