package org.factbench.web.collection;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.factbench.core.collection.CollectionDetails;

/** Name and description of a collection; fires save and cancel, knows no service. */
final class CollectionForm extends FormLayout {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    final Span error = new Span();

    CollectionForm() {
        addClassName("fb-collection-form");
        name.setLabel(getTranslation("collection.name"));
        name.setMaxLength(200);
        description.setLabel(getTranslation("collection.description"));
        save.setText(getTranslation("collection.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("collection.new"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.addClassName("fb-error");
        error.getElement().setAttribute("role", "alert");
        save.addClickListener(e -> fireEvent(new SaveEvent(this, new CollectionDetails(name.getValue(), description.getValue()))));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(name, description, save, cancel, error);
    }

    void edit(String newName, String newDescription) {
        name.setValue(newName == null ? "" : newName);
        description.setValue(newDescription == null ? "" : newDescription);
        error.setText("");
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CollectionForm> {
        private final CollectionDetails details;

        SaveEvent(CollectionForm source, CollectionDetails details) {
            super(source, false);
            this.details = details;
        }

        CollectionDetails details() {
            return details;
        }
    }

    static final class CancelEvent extends ComponentEvent<CollectionForm> {
        CancelEvent(CollectionForm source) {
            super(source, false);
        }
    }
}
