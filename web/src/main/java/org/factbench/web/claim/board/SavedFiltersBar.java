package org.factbench.web.claim.board;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factbench.core.board.SavedFilterView;

/** Pick, save and delete the user's saved filters. Knows no services: fires {@link SavedFilterAction}. */
final class SavedFiltersBar extends HorizontalLayout {

    enum Kind { APPLY, SAVE, DELETE }

    final ComboBox<SavedFilterView> saved = new ComboBox<>(getTranslation("board.saved.pick"));
    final TextField name = new TextField(getTranslation("board.saved.name"));
    final Button save = new Button(getTranslation("board.saved.save"));
    final Button delete = new Button(VaadinIcon.TRASH.create());

    SavedFiltersBar() {
        addClassName("fb-saved-filters");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saved.setItemLabelGenerator(SavedFilterView::name);
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(event -> {
            delete.setEnabled(event.getValue() != null);
            if (event.getValue() != null && event.isFromClient()) fire(Kind.APPLY, event.getValue(), null);
        });
        name.setPlaceholder(getTranslation("board.saved.name.placeholder"));
        name.addKeyDownListener(Key.ENTER, event -> save.click());
        save.addClickListener(event -> fire(Kind.SAVE, null, name.getValue()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("board.saved.delete"));
        delete.setTooltipText(getTranslation("board.saved.delete"));
        delete.setEnabled(false);
        delete.addClickListener(event -> fire(Kind.DELETE, saved.getValue(), null));
        add(saved, delete, name, save);
    }

    void show(List<SavedFilterView> filters, SavedFilterView selected) {
        saved.setItems(filters);
        saved.setValue(selected);
    }

    void showNameError(String message) {
        name.setInvalid(true);
        name.setErrorMessage(message);
    }

    void saved() {
        name.clear();
        name.setInvalid(false);
    }

    private void fire(Kind kind, SavedFilterView filter, String newName) {
        fireEvent(new SavedFilterAction(this, kind, filter, newName));
    }

    Registration addActionListener(ComponentEventListener<SavedFilterAction> listener) {
        return addListener(SavedFilterAction.class, listener);
    }

    static final class SavedFilterAction extends ComponentEvent<SavedFiltersBar> {

        final Kind kind;
        final SavedFilterView filter;
        final String name;

        SavedFilterAction(SavedFiltersBar source, Kind kind, SavedFilterView filter, String name) {
            super(source, false);
            this.kind = kind;
            this.filter = filter;
            this.name = name;
        }
    }
}
