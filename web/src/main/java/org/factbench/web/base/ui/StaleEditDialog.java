package org.factbench.web.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.factbench.core.shared.StaleEditException;

/**
 * Says that someone else saved first. Shown by {@link Attempt} after the screen has reloaded the fresh state and
 * put the user's own text back, so the user compares, adjusts and saves again without retyping.
 */
public final class StaleEditDialog extends Dialog {

    private StaleEditDialog(StaleEditException stale) {
        addClassName("fb-stale-dialog");
        setHeaderTitle(getTranslation("edits.stale.title"));
        Paragraph what = new Paragraph(getTranslation("edits.stale.body", stale.subject(), stale.subjectId()));
        Paragraph kept = new Paragraph(getTranslation("edits.stale.kept"));
        add(what, kept);
        Button ok = new Button(getTranslation("edits.stale.ok"), event -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        getElement().setAttribute("role", "alertdialog");
    }

    static StaleEditDialog show(StaleEditException stale) {
        StaleEditDialog dialog = new StaleEditDialog(stale);
        dialog.open();
        return dialog;
    }
}
