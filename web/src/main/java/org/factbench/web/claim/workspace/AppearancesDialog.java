package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.factbench.core.claim.Appearance;

/** Edits where a claim appeared. Knows no services: hands the rows as typed to {@code onSave}. */
final class AppearancesDialog extends Dialog {

    /** One row as typed; turned into core's {@link Appearance} (which checks it) inside the save. */
    record Row(String url, String outlet, LocalDate appearedOn) {
        Appearance toAppearance() {
            return new Appearance(url, appearedOn, outlet);
        }
    }

    final Div rows = new Div();
    final Paragraph error = new Paragraph();
    final Button add = new Button(getTranslation("workspace.appearances.add"), VaadinIcon.PLUS.create());
    final Button save = new Button(getTranslation("workspace.appearances.save"));

    AppearancesDialog(List<Appearance> current, BiConsumer<AppearancesDialog, List<Row>> onSave) {
        setHeaderTitle(getTranslation("workspace.appearances.title"));
        addClassName("fb-appearances-dialog");
        error.addClassName("fb-error");
        error.setVisible(false);
        current.forEach(a -> rows.add(row(a.url(), a.outlet(), a.appearedOn())));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(event -> rows.add(row("", "", null)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(event -> onSave.accept(this, typed()));
        add(rows, add, error);
        getFooter().add(new Button(getTranslation("workspace.cancel"), event -> close()), save);
        setWidth("min(60em, 96vw)");
    }

    List<Row> typed() {
        List<Row> typed = new ArrayList<>();
        rows.getChildren().map(HorizontalLayout.class::cast).forEach(row -> {
            List<?> fields = row.getChildren().toList();
            typed.add(new Row(((TextField) fields.get(0)).getValue(), ((TextField) fields.get(1)).getValue(),
                    ((DatePicker) fields.get(2)).getValue()));
        });
        return typed;
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private HorizontalLayout row(String url, String outlet, LocalDate date) {
        TextField urlField = new TextField(getTranslation("workspace.appearances.url"), url, "https://");
        urlField.setWidth("24em");
        TextField outletField = new TextField(getTranslation("workspace.appearances.outlet"), outlet == null ? "" : outlet, "");
        DatePicker dateField = new DatePicker(getTranslation("workspace.appearances.date"), date);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("workspace.appearances.remove"));
        HorizontalLayout row = new HorizontalLayout(urlField, outletField, dateField, remove);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        remove.addClickListener(event -> rows.remove(row));
        return row;
    }
}
