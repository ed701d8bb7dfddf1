package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Asks for the text a workflow step needs (a reason; what changed and why). Knows no services: hands the texts
 * to {@code onConfirm} and stays open, keeping them, until the step went through.
 */
final class ReasonDialog extends Dialog {

    final List<TextArea> fields;
    final Button confirm;

    ReasonDialog(String title, List<String> labels, String confirmLabel, BiConsumer<ReasonDialog, List<String>> onConfirm) {
        addClassName("fb-reason-dialog");
        setHeaderTitle(title);
        fields = labels.stream().map(label -> {
            TextArea area = new TextArea(label);
            area.setWidthFull();
            area.setMaxLength(4000);
            area.setRequiredIndicatorVisible(true);
            return area;
        }).toList();
        fields.forEach(this::add);
        confirm = new Button(confirmLabel, event -> onConfirm.accept(this, texts()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("fb-reason-confirm");
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(new Button(getTranslation("workspace.cancel"), event -> close()), confirm);
        setWidth("min(36em, 96vw)");
    }

    List<String> texts() {
        return fields.stream().map(TextArea::getValue).toList();
    }

    void showError(String message) {
        fields.getFirst().setErrorMessage(message);
        fields.getFirst().setInvalid(true);
    }

    ReasonDialog opened() {
        open();
        fields.getFirst().focus();
        return this;
    }
}
